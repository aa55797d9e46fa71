// The dashboard's summary in numbers: students, assignments open so far, completion (share of
// assigned work completed; null when nothing is assigned) and the mean of the students' averages
// (null when nobody has a score).

interface SummaryInput {
  students: readonly { assigned: number; completed: number; averageScore: number | null }[];
  assignments: readonly { opensAt: Date }[];
}

export function classSummary(d: SummaryInput, now: Date) {
  const assigned = d.students.reduce((s, x) => s + x.assigned, 0);
  const completed = d.students.reduce((s, x) => s + x.completed, 0);
  const scored = d.students.filter((s) => s.averageScore !== null);
  const average = scored.length
    ? scored.reduce((s, x) => s + x.averageScore!, 0) / scored.length
    : null;
  return {
    students: d.students.length,
    openSoFar: d.assignments.filter((a) => a.opensAt <= now).length,
    completion: assigned ? completed / assigned : null,
    average,
  };
}
