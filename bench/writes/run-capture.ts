import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TCaptured, TCaptureJob } from "./capture-types.ts";

/**
 * Runs the capture in a child process whose working directory is the app checkout, so that
 * its tsconfig resolves the app's "@/…" imports (the code captured is the code served).
 */
export async function runCapture(appDir: string, url: string, jobs: TCaptureJob[]): Promise<TCaptured[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-writes-"));
  const jobFile = join(dir, "jobs.json");
  const outFile = join(dir, "captured.json");
  writeFileSync(jobFile, JSON.stringify({ appDir, url, jobs }));
  const child = spawn(
    join(appDir, "node_modules", ".bin", "tsx"),
    [
      "--conditions=react-server",
      "--import",
      join(import.meta.dirname, "react-server-resolve-hook.ts"),
      join(import.meta.dirname, "capture-cli.ts"),
      jobFile,
      outFile,
    ],
    {
      cwd: appDir,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: "bench-writes-secret-0123456789abcdef",
        API_RATE_LIMIT_PER_MINUTE: "1000000",
        NODE_ENV: "production",
      },
    },
  );
  const code = await new Promise<number | null>((r) => child.once("exit", r));
  if (code !== 0) throw new Error(`Ghi lại câu SQL thất bại (mã ${code}): xem thông báo ở trên.`);
  return JSON.parse(readFileSync(outFile, "utf8")) as TCaptured[];
}
