// Usage: npm run bench:generate   (BENCH_SCALE=0.01 for a quick try)
// Drops and recreates BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/trach_bench;
// the name must contain "bench"), migrates it, loads the demo, then bulk-generates a
// sector-sized data set with set-based SQL: ~700 units, ~20,000 people, 1,000,000 tasks.
import { BenchConfigError } from "./generate/bench-config-error.ts";
import { benchTargetFrom } from "./generate/bench-target.ts";
import { generateSectorData } from "./generate/generate-sector-data.ts";
import { benchSizes } from "./generate/sizes.ts";
import { createPhaseTimer, formatTimings } from "./generate/timed-phase.ts";

async function main(): Promise<void> {
  const target = benchTargetFrom(process.env.BENCH_DATABASE_URL);
  const sizes = benchSizes(Number(process.env.BENCH_SCALE ?? "1"));
  // The only clock read: every generated date is relative to it, like the demo's.
  const now = new Date();
  console.log(`Database ${target.databaseName}, scale ${sizes.scale}, now = ${now.toISOString()}`);
  const started = performance.now();
  const { timed, timings } = createPhaseTimer();
  const counts = await generateSectorData(target, sizes, now, timed, (line) => console.log(line));
  const seconds = (performance.now() - started) / 1000;
  console.log("\nRows:");
  for (const [table, n] of Object.entries(counts))
    console.log(`  ${table.padEnd(17)} ${n.toLocaleString("en-US").padStart(11)}`);
  console.log(`\nPhases:\n${formatTimings(timings)}\nTotal: ${seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  if (error instanceof BenchConfigError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
