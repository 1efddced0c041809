import { spawnSync } from "node:child_process";
import pg from "pg";

/** How many tasks the database holds, or null when it does not exist yet. */
async function taskCount(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return null; // no such database
    throw error;
  }
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Task"`);
    return Number(rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end();
  }
}

/**
 * Generates the sector-sized data set (npm run bench:generate) unless the database already
 * holds one, so that `npm run bench` is the one command; BENCH_FRESH=1 generates it anew. A
 * data set generated before the latest migrations gets them (npm run db:migrate), so the
 * benchmark always measures the schema of the code it runs.
 */
export async function ensureDataSet(url: string): Promise<void> {
  const n = process.env.BENCH_FRESH === "1" ? null : await taskCount(url);
  if (n !== null && n >= 1000) {
    const migrated = spawnSync("npm", ["run", "-s", "db:migrate"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url },
    });
    if (migrated.status !== 0) throw new Error("Áp dụng migration vào bộ dữ liệu thất bại: xem thông báo ở trên.");
    return;
  }
  console.log("Chưa có bộ dữ liệu quy mô toàn Ngành: đang tạo (npm run bench:generate, khoảng 6 phút)…");
  const result = spawnSync("npm", ["run", "-s", "bench:generate"], {
    stdio: "inherit",
    env: { ...process.env, BENCH_DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error("Tạo bộ dữ liệu thất bại: xem thông báo ở trên.");
}
