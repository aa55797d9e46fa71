"use client";
// "Download results (CSV)": always fetched fresh, since the file is the record a teacher keeps.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { apiProblem } from "~/lib/api-error";
import { downloadText } from "~/lib/download";
import { useTRPC } from "~/trpc/react";

export function ExportButton({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        className={buttonClass("primary")}
        disabled={state.busy}
        aria-busy={state.busy}
        onClick={async () => {
          setState({ busy: true, error: null });
          try {
            // Always fresh: the file is the record a teacher keeps.
            const file = await queryClient.fetchQuery({
              ...trpc.dashboard.exportCsv.queryOptions({ classId }),
              staleTime: 0,
            });
            downloadText(file.filename, file.csv);
            setState({ busy: false, error: null });
          } catch (e) {
            setState({
              busy: false,
              error: apiProblem(e, "the results could not be exported").message,
            });
          }
        }}
      >
        {state.busy ? "Preparing…" : "Download results (CSV)"}
      </button>
      {state.error && (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
    </div>
  );
}
