import type pg from "pg";

export const COUNTED_TABLES = [
  "Unit",
  "User",
  "Directive",
  "Task",
  "TaskStep",
  "Event",
  "Consultation",
  "ExtensionRequest",
  "Escalation",
  "Signal",
] as const;

export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}
