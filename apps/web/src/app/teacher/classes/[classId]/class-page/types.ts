// A class's assignments and students as the API sends them.
import type { ClassDetail, RouterOutputs } from "~/components/teacher/types";

export type Assignment = RouterOutputs["assignments"]["forClass"][number];
export type Student = ClassDetail["roster"][number];
