// The dashboard's item analysis as the API sends it.
import type { ClassDashboard } from "~/components/teacher/types";

export type ItemAnalysis = NonNullable<ClassDashboard["itemAnalysis"]>;
