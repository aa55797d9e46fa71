// Recognising database errors the data helpers turn into domain outcomes.

/** A unique constraint refused the write (Prisma's P2002), from either engine's client. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002"
  );
}
