import { BenchConfigError } from "./bench-config-error.ts";

export type TBenchTarget = {
  url: string;
  databaseName: string;
  /** The same server's `postgres` database, from which the target is dropped and created. */
  maintenanceUrl: string;
};

export const DEFAULT_BENCH_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/trach_bench";

/**
 * The database the generator will DROP and recreate. Refuses any name without "bench" in it,
 * so a mistyped URL cannot wipe a development or production database.
 */
export function benchTargetFrom(url: string | undefined): TBenchTarget {
  const raw = url?.trim() || DEFAULT_BENCH_DATABASE_URL;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new BenchConfigError(`BENCH_DATABASE_URL is not a valid URL: ${raw}`);
  }
  const databaseName = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!databaseName.toLowerCase().includes("bench")) {
    throw new BenchConfigError(
      `Refusing to drop and recreate database "${databaseName || "(none)"}": ` +
        'the benchmark database name must contain "bench" (set BENCH_DATABASE_URL).',
    );
  }
  const maintenance = new URL(raw);
  maintenance.pathname = "/postgres";
  return { url: raw, databaseName, maintenanceUrl: maintenance.toString() };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
