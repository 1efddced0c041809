import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

const START_TIMEOUT_MS = 120_000;

export type TNextServer = {
  baseUrl: string;
  isRunning(): boolean;
  stop(): void;
  /** The latest lines it printed. */ output(): string;
};

/**
 * `next start` of the production build in `appDir` on a free port, waited for until it answers.
 * It runs in its own process group, so that stop() ends the server and nothing else.
 */
export async function startNextServer(appDir: string, env: Record<string, string>): Promise<TNextServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(appDir, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const server: TNextServer = {
    baseUrl,
    isRunning: () => child.exitCode === null && child.signalCode === null,
    output: () => output.join(""),
    stop: () => {
      if (child.pid && server.isRunning()) process.kill(-child.pid, "SIGTERM");
    },
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && server.isRunning()) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/openapi.json`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  server.stop();
  throw new Error(`The app in ${appDir} did not start (has \`npx next build\` run?). Its output:\n${output.join("")}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.once("error", reject);
  });
}
