// The order of a class's assignments for its teacher.

interface Dated {
  opensAt: Date;
  dueAt: Date | null;
}

/** Open assignments first, then those still to open, then closed ones (latest first). */
export function sortForTeacher<A extends Dated>(list: readonly A[], now = Date.now()): A[] {
  const rank = (a: A) =>
    a.opensAt.getTime() > now ? 1 : a.dueAt && a.dueAt.getTime() < now ? 2 : 0;
  return [...list].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank) return byRank;
    const due = (x: A) => x.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
    return rank(a) === 2 ? due(b) - due(a) : due(a) - due(b);
  });
}
