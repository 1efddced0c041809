import { createDbHandle } from "../../lib/server/db/create-prisma-client.ts";
import { applyMigrations } from "../../prisma/engine/apply-migrations.ts";
import { seedDemo, type TDemoSummary } from "../../prisma/seed/seed-demo.ts";

/** The schema as the app migrates it, then the demo (its accounts sign in with demo1234). */
export async function loadDemo(url: string, now: Date): Promise<{ migrations: string[]; demo: TDemoSummary }> {
  const handle = createDbHandle({ kind: "postgres", url });
  try {
    const migrations = await applyMigrations(handle.adapterFactory);
    const demo = await seedDemo(handle.prisma, now);
    return { migrations, demo };
  } finally {
    await handle.close();
  }
}
