import pg from "pg";
import { afterBulkLoad } from "./after-bulk-load.ts";
import type { TBenchTarget } from "./bench-target.ts";
import { buildLookups } from "./build-lookups.ts";
import { countRows } from "./count-rows.ts";
import { createTempFunctions } from "./create-temp-functions.ts";
import { BULK_TABLES, dropDeferredIndexes, recreateIndexes } from "./deferred-indexes.ts";
import { generateConsultations } from "./generate-consultations.ts";
import { generateDirectives } from "./generate-directives.ts";
import { generateEscalations } from "./generate-escalations.ts";
import { generateEvents } from "./generate-events.ts";
import { generateExtensionRequests } from "./generate-extension-requests.ts";
import { generateSignals } from "./generate-signals.ts";
import { generateSteps } from "./generate-steps.ts";
import { generateTasks } from "./generate-tasks.ts";
import { generateUnits } from "./generate-units.ts";
import { generateUsers } from "./generate-users.ts";
import { loadDemo } from "./load-demo.ts";
import { endBulkSession, prepareSession } from "./prepare-session.ts";
import { recreateDatabase } from "./recreate-database.ts";
import type { TBenchSizes } from "./sizes.ts";
import { createStepPatterns } from "./step-patterns.ts";

export type TTimed = <T>(name: string, run: () => Promise<T>) => Promise<T>;

/**
 * Drops and recreates `target`, migrates it, loads the demo, then bulk-generates the data set
 * at `sizes`, every date relative to `now`. Each phase runs through `timed`; `log` reports
 * what it wrote. Returns the rows of each table. Also run at a tiny scale by the test that
 * parses every generated event payload.
 */
export async function generateSectorData(
  target: TBenchTarget,
  sizes: TBenchSizes,
  now: Date,
  timed: TTimed,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  await timed("recreate database", () => recreateDatabase(target));
  const { migrations } = await timed("migrations + demo seed", () => loadDemo(target.url, now));
  log(`  applied ${migrations.length} migrations`);

  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await prepareSession(client);
    await createTempFunctions(client, now);
    await createStepPatterns(client);
    const deferred = await timed("drop indexes of bulk tables", () => dropDeferredIndexes(client, BULK_TABLES));
    const report = (what: string) => (n: number) => log(`  ${n.toLocaleString("en-US")} ${what}`);
    await timed("units", () => generateUnits(client, sizes)).then(report("units in all"));
    await timed("users", () => generateUsers(client, sizes)).then(report("users in all"));
    await timed("lookups", () => buildLookups(client, sizes));
    await timed("directives", () => generateDirectives(client, sizes)).then(report("directives generated"));
    await timed("tasks", () => generateTasks(client, sizes)).then(report("tasks generated"));
    await timed("steps", () => generateSteps(client, sizes)).then(report("steps generated"));
    await timed("consultations", () => generateConsultations(client, sizes)).then(report("consultations generated"));
    await timed("extension requests", () => generateExtensionRequests(client, sizes)).then(
      report("extension requests generated"),
    );
    await timed("escalations", () => generateEscalations(client, sizes)).then(report("escalations generated"));
    await timed("events", () => generateEvents(client)).then(report("events generated"));
    await timed("signals", () => generateSignals(client, sizes)).then(report("signals generated"));
    await timed(`recreate ${deferred.length} indexes`, () => recreateIndexes(client, deferred));
    await endBulkSession(client);
    await timed("after bulk load", () => afterBulkLoad(client));
    return await countRows(client);
  } finally {
    await client.end();
  }
}
