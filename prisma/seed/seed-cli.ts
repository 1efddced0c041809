// Usage: npm run db:seed
// Applies pending migrations as the owner (and grants the app's role: migrate-database.ts),
// then loads the demo data into that database (or the embedded PGlite in PGLITE_DIR) unless
// it already has units.
import { env } from "../../lib/env.ts";
import { backfillSignals } from "../../lib/server/signals/backfill-signals.ts";
import { migrateDatabase } from "../engine/migrate-database.ts";
import { seedEvaluations } from "./evaluations.ts";
import { seedDemo } from "./seed-demo.ts";

async function main(): Promise<void> {
  // As the owner, like `npm run db:migrate`: the demo is loaded without the write path.
  const { handle } = await migrateDatabase(env());
  try {
    if ((await handle.prisma.unit.count()) > 0) {
      console.log("Cơ sở dữ liệu đã có dữ liệu, bỏ qua dữ liệu mẫu.");
      return;
    }
    const startedMs = performance.now();
    // The only wall-clock read of the seed: every date of the demo is relative to it.
    const now = new Date();
    const s = await seedDemo(handle.prisma, now);
    // The demo is written without the write path: its signals, and each task's next signal check.
    const signals = await backfillSignals(handle.prisma, now);
    // The evaluation's demo reads the signals (an explanation accepted) and writes through the flow.
    await seedEvaluations(handle, s.evaluationWork);
    const seconds = ((performance.now() - startedMs) / 1000).toFixed(1);
    console.log(
      `Đã nạp dữ liệu mẫu: ${s.units} đơn vị, ${s.users} người dùng, ${s.directives} văn bản, ` +
        `${s.tasks} nhiệm vụ, ${s.steps} khâu, ${s.events} sự kiện, ${signals.created} cảnh báo (${seconds} giây).`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`Nạp dữ liệu mẫu thất bại: ${detail}`);
  process.exitCode = 1;
});
