import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A PostgreSQL server for the integration tests. TEST_DATABASE_URL wins; otherwise the
 * machine's server on 127.0.0.1:5432 if one answers; otherwise a private cluster started
 * with initdb/pg_ctl in a temporary folder (removed afterwards). Tests never depend on a
 * server someone started by hand.
 */
export type TPgServer = { adminUrl: string; stop(): void };

function canConnect(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
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

function pgBinDir(): string {
  const fromPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  if (fromPath) return path.dirname(fromPath);
  const debian = spawnSync("sh", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1"], {
    encoding: "utf8",
  }).stdout.trim();
  if (debian) return debian;
  throw new Error(
    "PostgreSQL is not installed: run `apt-get install -y postgresql` (tests/run-all.sh does it for you).",
  );
}

export async function startPgServer(): Promise<TPgServer> {
  if (process.env.TEST_DATABASE_URL) return { adminUrl: process.env.TEST_DATABASE_URL, stop() {} };
  // TEST_PG_PRIVATE=1 forces the private cluster, to check that path on a machine that has a server.
  if (!process.env.TEST_PG_PRIVATE && (await canConnect(5432)))
    return { adminUrl: "postgresql://postgres@127.0.0.1:5432/postgres", stop() {} };

  const bin = pgBinDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), "trach-pg-"));
  chmodSync(dir, 0o777);
  const port = await freePort();
  // initdb refuses to run as root; run the cluster as the postgres system user then.
  const asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const run = (cmd: string, args: string[]) => {
    const [file, ...rest] = [...asPostgres, path.join(bin, cmd), ...args];
    execFileSync(file, rest, { stdio: "pipe" });
  };
  run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  run("pg_ctl", [
    "-D",
    path.join(dir, "data"),
    "-l",
    path.join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "start",
  ]);
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run("pg_ctl", ["-D", path.join(dir, "data"), "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
