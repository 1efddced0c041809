import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const APP_CONNECTION_NAME = "bench-writes-app";

/**
 * Serves the app as it runs in production: `next start` on the checkout's `next build`
 * output, on 127.0.0.1:<port> against the bench database, with a rate limit the bench
 * cannot reach (it measures the server, not the limiter). Resolves once /api/v1/me answers.
 */
export async function startAppServer(
  appDir: string,
  url: string,
  port: number,
): Promise<{ base: string; stop: () => Promise<void>; logLines: string[] }> {
  if (!existsSync(join(appDir, ".next", "BUILD_ID"))) {
    throw new Error(`${appDir}/.next chưa có bản build: chạy \`npx next build\` trong thư mục đó trước.`);
  }
  const child = spawn(join(appDir, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    detached: true, // its own process group, so stop() ends the server and nothing else
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "bench-writes-secret-0123456789abcdef",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      API_RATE_LIMIT_PER_MINUTE: "1000000",
      // node-postgres names its connections after PGAPPNAME: the transaction watcher then sees
      // the server's connections only, not other sessions on the same database.
      PGAPPNAME: APP_CONNECTION_NAME,
    },
  });
  // The server's own output, line by line (bounded), so a report can quote its errors.
  const logLines: string[] = [];
  const keep = (b: Buffer) => {
    if (logLines.length < 100_000) logLines.push(...b.toString().split("\n").filter(Boolean));
  };
  const log = () => logLines.slice(-40).join("\n");
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start đã dừng (mã ${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${base}/api/v1/me`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 401) return { base, stop, logLines };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`next start không trả lời sau 60 s:\n${log()}`);
}
