// Usage: npm run bench:writes   (BENCH_DATABASE_URL, BENCH_APP_DIR, BENCH_MODE=all|closed|open,
// BENCH_CLIENTS, BENCH_SECONDS, BENCH_RATE, BENCH_PORT, BENCH_BARE_SECONDS optional)
// Staff writes through the REST API of the real server (`next start` on the checkout's `next
// build`), by concurrent clients each with its own personal access token, then in the same run
// the very SQL those requests send, replayed straight through `pg` at the same load, as the
// bare SQL. Prints a README table per scenario and the targets. Not a test.
// To measure another commit side by side: git worktree add --detach /tmp/app <commit>; then in
// /tmp/app: cp -al <this checkout>/node_modules . && npm run db:generate && npx next build
// (Turbopack refuses a symlinked node_modules outside the project; a hard-linked copy is fine),
// and BENCH_APP_DIR=/tmp/app npm run bench:writes.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { captureTransactions } from "./writes/capture-transactions.ts";
import { prepareBenchSchema } from "./writes/prepare-bench-schema.ts";
import { printCapture } from "./writes/print-capture.ts";
import { printScenario } from "./writes/print-scenario.ts";
import { printTargets } from "./writes/print-targets.ts";
import { readWritesConfig } from "./writes/read-writes-config.ts";
import { runScenario } from "./writes/run-scenario.ts";
import type { TScenarioResult } from "./writes/scenario-result.ts";
import { startAppServer } from "./writes/start-app-server.ts";

const config = readWritesConfig();
const commit = spawnSync("git", ["-C", config.appDir, "log", "--oneline", "-1"], { encoding: "utf8" }).stdout.trim();
const dirty = spawnSync("git", ["-C", config.appDir, "status", "--porcelain", "--untracked-files=no"], {
  encoding: "utf8",
}).stdout.trim();
// The schema the measured code expects (no-op when nothing is pending), as `npm run bench` does.
const migrated = spawnSync("npm", ["run", "-s", "db:migrate"], {
  cwd: config.appDir,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: config.url },
});
if (migrated.status !== 0) throw new Error("Áp dụng migration vào bộ dữ liệu thất bại: xem thông báo ở trên.");

const pool = new pg.Pool({ connectionString: config.url, application_name: "bench-writes-setup", max: 4 });
// The bare SQL gets the measured checkout's own pool settings (size, session settings), except
// that it waits for a connection as long as it takes: the bare figure is the SQL's, queue included.
const { pgPoolConfig } = (await import(
  pathToFileURL(join(config.appDir, "lib/server/db/create-prisma-client.ts")).href
)) as { pgPoolConfig: (url: string) => pg.PoolConfig };
const replayPool = new pg.Pool({
  ...pgPoolConfig(config.url),
  connectionTimeoutMillis: 0,
  application_name: "bench-writes-replay",
});
let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
try {
  await prepareBenchSchema(pool);
  const { rows } = await pool.query(
    `SELECT (SELECT count(*) FROM "Task")::int AS tasks, (SELECT count(*) FROM "TaskStep")::int AS steps, (SELECT count(*) FROM "User")::int AS users`,
  );
  console.log(
    `## Staff writes through the REST API\n\nCode: ${commit}${dirty ? " (with uncommitted changes)" : ""} in ${config.appDir}; data: ${config.url.replace(/\/\/[^@]*@/, "//")} (${rows[0].tasks.toLocaleString("en")} tasks, ${rows[0].steps.toLocaleString("en")} steps, ${rows[0].users.toLocaleString("en")} people); ${new Date().toISOString()}.\n`,
  );
  console.error(`  … capturing ${config.samplesPerKind} requests of each kind in-process (rolled back)`);
  const { captured, notes } = await captureTransactions(pool, config.appDir, config.url, config.samplesPerKind);
  console.log(printCapture(captured));
  for (const n of notes) console.log(`- capture: ${n}`);
  console.log("");
  console.error("  … starting next start");
  server = await startAppServer(config.appDir, config.url, config.port);
  const results: TScenarioResult[] = [];
  for (const scenario of config.scenarios) {
    console.error(`  … ${scenario.name}`);
    const r = await runScenario(pool, replayPool, {
      url: config.url,
      base: server.base,
      serverLog: server.logLines,
      scenario,
      stepsPerClient: config.stepsPerClient,
      bareSeconds: config.bareSeconds,
      captured,
    });
    results.push(r);
    console.log(`${printScenario(r)}\n`);
  }
  console.log(printTargets(results));
  console.log(
    "\nBare SQL: each request's captured statements (token check, BEGIN, the transaction, any read after it) replayed on one pooled " +
      "connection through `pg`, ending in ROLLBACK instead of COMMIT: a captured write carries the ids and step version of its capture, " +
      "so a committed replay would collide or update nothing the next time; the bare figures therefore leave out the commit's WAL flush.",
  );
} finally {
  await server?.stop();
  await pool.end();
  await replayPool.end();
}
