"use client";
// What goes stale when students join or leave a class: the class itself, the class list (its
// student counts) and the class's assignments (theirs).
import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export function useRosterChanged(classId: string): () => Promise<unknown> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.classes.get.queryKey({ classId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.assignments.forClass.queryKey() }),
    ]);
}
