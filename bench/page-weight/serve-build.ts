import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

const DATA_DIR = ".data/page-weight-pglite";

export type TServer = { baseUrl: string; stop: () => void };

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The production build served as a newcomer gets it: a fresh embedded database with the demo
 * data, then `next start`. The build must exist (`npx next build`): weighing a stale or a
 * development build would say nothing about what users download.
 */
export async function serveBuild(port: number): Promise<TServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Chưa có bản build: chạy `npx next build` trước.");
  const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: DATA_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  rmSync(DATA_DIR, { recursive: true, force: true });
  const seed = spawnSync("npm", ["run", "-s", "db:seed"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (seed.status !== 0) throw new Error("Không nạp được dữ liệu mẫu.");
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  // The server's own process group, so stopping it also stops the node process npx started.
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${baseUrl}/login`, 120_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, stop };
}
