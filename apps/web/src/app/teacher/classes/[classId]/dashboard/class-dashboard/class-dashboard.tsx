"use client";
// The class dashboard: who has done what, how each question performed (facility,
// discrimination, the wrong options chosen), the facts the class finds hardest, progress over
// the weeks, and the results as CSV.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { QueryError } from "~/components/ui/query-state";
import { Skeleton } from "~/components/ui/skeleton";
import { apiProblem } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";
import { ClassProgress } from "./class-progress";
import { ExportButton } from "./export-button";
import { ItemAnalysisSection } from "./item-analysis";
import { StudentsTable } from "./students-table";
import { Summary } from "./summary-cards";
import { WeakestFacts } from "./weakest-facts";

export function ClassDashboardView({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const assignmentId = params.get("assignment") || undefined;
  const dashboard = useQuery({
    ...trpc.dashboard.class.queryOptions({ classId, ...(assignmentId ? { assignmentId } : {}) }),
    placeholderData: keepPreviousData,
  });

  const chooseAssignment = (id: string) => {
    const next = new URLSearchParams(params);
    if (id) next.set("assignment", id);
    else next.delete("assignment");
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };

  if (!dashboard.data) {
    if (dashboard.isError) {
      const problem = apiProblem(dashboard.error, "the dashboard could not be loaded");
      return (
        <div className="space-y-3">
          <PageHeader
            crumbs={[{ href: "/teacher", label: "Classes" }, { label: "Dashboard" }]}
            title="Class dashboard"
          />
          {assignmentId ? (
            <Notice tone="error">
              {problem.code === "NOT_FOUND"
                ? "That assignment is not in this class any more (it may have been archived)."
                : problem.message}{" "}
              <button type="button" className="underline" onClick={() => chooseAssignment("")}>
                Show the latest assignment instead
              </button>
            </Notice>
          ) : (
            <QueryError
              title={problem.message ?? ""}
              error={dashboard.error}
              onRetry={dashboard.refetch}
            />
          )}
        </div>
      );
    }
    return <DashboardSkeleton />;
  }

  const d = dashboard.data;
  return (
    <div>
      <PageHeader
        crumbs={[
          { href: "/teacher", label: "Classes" },
          { href: `/teacher/classes/${classId}`, label: d.class.name },
          { label: "Dashboard" },
        ]}
        title={`${d.class.name}: dashboard`}
        actions={<ExportButton classId={classId} />}
      />
      <Summary d={d} />
      <StudentsTable classId={classId} d={d} />
      <ItemAnalysisSection
        d={d}
        chosen={assignmentId ?? d.itemAnalysis?.assignmentId ?? ""}
        onChoose={chooseAssignment}
        updating={dashboard.isFetching && dashboard.isPlaceholderData}
      />
      <WeakestFacts d={d} />
      <ClassProgress classId={classId} />
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">Loading the dashboard…</span>
      <Skeleton className="h-8 w-72 max-w-full" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}
