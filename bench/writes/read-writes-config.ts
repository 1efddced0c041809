import { resolve } from "node:path";

export type TScenario =
  | { name: string; mode: "closed"; clients: number; seconds: number }
  | { name: string; mode: "open"; clients: number; seconds: number; rate: number };

export type TWritesConfig = {
  url: string;
  /** The checkout whose `.next` build is served and whose server functions are captured. */
  appDir: string;
  port: number;
  stepsPerClient: number;
  /** Captured transactions per action kind for the bare-SQL replay. */
  samplesPerKind: number;
  bareSeconds: number;
  scenarios: TScenario[];
};

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} phải là một số dương.`);
  return v;
};

/**
 * The run, from the environment. BENCH_MODE=all (the default) runs the three scenarios the
 * targets are stated for, one after the other on one server; closed or open runs just one.
 */
export function readWritesConfig(): TWritesConfig {
  const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench";
  // The bench writes to the database: never let a mistyped URL point it at real data.
  if (!new URL(url).pathname.toLowerCase().includes("bench"))
    throw new Error(`Tên cơ sở dữ liệu phải chứa "bench": ${url}`);
  const mode = process.env.BENCH_MODE ?? "all";
  const clients = process.env.BENCH_CLIENTS ? num("BENCH_CLIENTS", 50) : undefined;
  const seconds = process.env.BENCH_SECONDS ? num("BENCH_SECONDS", 60) : undefined;
  const rate = num("BENCH_RATE", 20);
  const closed = (c: number, s: number): TScenario => ({
    name: `closed loop, ${c} clients, ${s} s`,
    mode: "closed",
    clients: c,
    seconds: s,
  });
  const open = (c: number, s: number): TScenario => ({
    name: `open loop, ${rate} actions/s, ${s} s (pool of ${c} clients)`,
    mode: "open",
    clients: c,
    seconds: s,
    rate,
  });
  let scenarios: TScenario[];
  if (mode === "closed") scenarios = [closed(clients ?? 50, seconds ?? 60)];
  else if (mode === "open") scenarios = [open(clients ?? 50, seconds ?? 60)];
  else if (mode === "all")
    scenarios = [
      closed(clients ?? 50, seconds ?? 60),
      closed(200, seconds ? Math.min(seconds, 30) : 30),
      open(clients ?? 50, seconds ?? 60),
    ];
  else throw new Error(`BENCH_MODE phải là all, closed hoặc open (nhận: ${mode}).`);
  return {
    url,
    appDir: resolve(process.env.BENCH_APP_DIR ?? "."),
    port: num("BENCH_PORT", 3901),
    stepsPerClient: num("BENCH_STEPS_PER_CLIENT", 30),
    // Enough captures that every client of the largest scenario can replay one of its own at once.
    samplesPerKind: num(
      "BENCH_SAMPLES_PER_KIND",
      Math.max(8, Math.ceil(Math.max(...scenarios.map((s) => s.clients)) / 11) + 2),
    ),
    bareSeconds: num("BENCH_BARE_SECONDS", 15),
    scenarios,
  };
}
