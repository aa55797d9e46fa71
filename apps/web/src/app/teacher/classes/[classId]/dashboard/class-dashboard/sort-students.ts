// The students table's order: by name (A to Z first), completion, average score or last
// activity; no score or no activity yet counts as the lowest.

export type SortKey = "name" | "completed" | "averageScore" | "lastActive";

interface SortableStudent {
  name: string;
  assigned: number;
  completed: number;
  averageScore: number | null;
  lastActive: Date | null;
}

export function sortStudents<S extends SortableStudent>(
  rows: readonly S[],
  key: SortKey,
  ascending: boolean,
): S[] {
  const value = (s: S): string | number =>
    key === "name"
      ? s.name.toLowerCase()
      : key === "completed"
        ? s.assigned
          ? s.completed / s.assigned
          : 0
        : key === "averageScore"
          ? (s.averageScore ?? -1)
          : (s.lastActive?.getTime() ?? 0);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return ascending ? order : -order;
  });
}

/** The order after clicking a column's header: that column again flips it; a new column starts
 * A to Z for names and highest first for the rest. */
export function nextSort(
  sort: { key: SortKey; ascending: boolean },
  key: SortKey,
): { key: SortKey; ascending: boolean } {
  return { key, ascending: sort.key === key ? !sort.ascending : key === "name" };
}
