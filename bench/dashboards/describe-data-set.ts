import os from "node:os";
import type pg from "pg";

const tables = ["Unit", "User", "Directive", "Task", "TaskStep", "Event", "Signal", "Escalation", "RollupCell"];

/** What the numbers were measured on: the data set's size, the server and the machine. */
export async function describeDataSet(pool: pg.Pool, now: Date): Promise<string> {
  const counts = await Promise.all(
    tables.map(async (t) => {
      // Exact counts, so that the README's claim about the data set can be checked.
      const { rows } = await pool.query<{ n: string }>(`SELECT count(*)::bigint AS n FROM "${t}"`);
      return `${t} ${Number(rows[0].n).toLocaleString("vi-VN")}`;
    }),
  );
  const { rows } = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return [
    `Dữ liệu: ${counts.join(" · ")}`,
    `PostgreSQL ${rows[0].v} · ${os.cpus().length} nhân ${os.cpus()[0]?.model ?? ""} · Node ${process.version} · now = ${now.toISOString()}`,
  ].join("\n");
}
