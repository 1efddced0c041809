import "server-only";

/** A yyyy-mm-dd calendar day as the Date that a `@db.Date` column stores for it. */
export function dayOf(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`);
}
