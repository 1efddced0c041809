// Usage: npm run bench:generate   (BENCH_SCALE=0.01 for a quick try)
// Drops and recreates BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/trach_bench;
// the name must contain "bench"), migrates it, loads the demo, then bulk-generates a
// sector-sized data set with set-based SQL: ~700 units, ~20,000 people, 1,000,000 tasks.
import pg from 'pg';
import { afterBulkLoad } from './generate/after-bulk-load.ts';
import { BenchConfigError } from './generate/bench-config-error.ts';
import { benchTargetFrom } from './generate/bench-target.ts';
import { buildLookups } from './generate/build-lookups.ts';
import { countRows } from './generate/count-rows.ts';
import { createTempFunctions } from './generate/create-temp-functions.ts';
import { BULK_TABLES, dropDeferredIndexes, recreateIndexes } from './generate/deferred-indexes.ts';
import { generateConsultations } from './generate/generate-consultations.ts';
import { generateDirectives } from './generate/generate-directives.ts';
import { generateEscalations } from './generate/generate-escalations.ts';
import { generateEvents } from './generate/generate-events.ts';
import { generateExtensionRequests } from './generate/generate-extension-requests.ts';
import { generateSignals } from './generate/generate-signals.ts';
import { generateSteps } from './generate/generate-steps.ts';
import { generateTasks } from './generate/generate-tasks.ts';
import { generateUnits } from './generate/generate-units.ts';
import { generateUsers } from './generate/generate-users.ts';
import { loadDemo } from './generate/load-demo.ts';
import { endBulkSession, prepareSession } from './generate/prepare-session.ts';
import { recreateDatabase } from './generate/recreate-database.ts';
import { benchSizes } from './generate/sizes.ts';
import { createStepPatterns } from './generate/step-patterns.ts';
import { createPhaseTimer, formatTimings } from './generate/timed-phase.ts';

async function main(): Promise<void> {
  const target = benchTargetFrom(process.env.BENCH_DATABASE_URL);
  const sizes = benchSizes(Number(process.env.BENCH_SCALE ?? '1'));
  // The only clock read: every generated date is relative to it, like the demo's.
  const now = new Date();
  console.log(`Database ${target.databaseName}, scale ${sizes.scale}, now = ${now.toISOString()}`);
  const started = performance.now();
  const { timed, timings } = createPhaseTimer();

  await timed('recreate database', () => recreateDatabase(target));
  const { migrations } = await timed('migrations + demo seed', () => loadDemo(target.url, now));
  console.log(`  applied ${migrations.length} migrations`);

  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await prepareSession(client);
    await createTempFunctions(client, now);
    await createStepPatterns(client);
    const deferred = await timed('drop indexes of bulk tables', () => dropDeferredIndexes(client, BULK_TABLES));
    const report = (what: string) => (n: number) => console.log(`  ${n.toLocaleString('en-US')} ${what}`);
    await timed('units', () => generateUnits(client, sizes)).then(report('units in all'));
    await timed('users', () => generateUsers(client, sizes)).then(report('users in all'));
    await timed('lookups', () => buildLookups(client, sizes));
    await timed('directives', () => generateDirectives(client, sizes)).then(report('directives generated'));
    await timed('tasks', () => generateTasks(client, sizes)).then(report('tasks generated'));
    await timed('steps', () => generateSteps(client, sizes)).then(report('steps generated'));
    await timed('consultations', () => generateConsultations(client, sizes)).then(report('consultations generated'));
    await timed('extension requests', () => generateExtensionRequests(client, sizes)).then(report('extension requests generated'));
    await timed('escalations', () => generateEscalations(client, sizes)).then(report('escalations generated'));
    await timed('events', () => generateEvents(client)).then(report('events generated'));
    await timed('signals', () => generateSignals(client, sizes)).then(report('signals generated'));
    await timed(`recreate ${deferred.length} indexes`, () => recreateIndexes(client, deferred));
    await endBulkSession(client);
    await timed('after bulk load', () => afterBulkLoad(client));
    const counts = await countRows(client);
    const seconds = (performance.now() - started) / 1000;
    console.log('\nRows:');
    for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(17)} ${n.toLocaleString('en-US').padStart(11)}`);
    console.log(`\nPhases:\n${formatTimings(timings)}\nTotal: ${seconds.toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  if (error instanceof BenchConfigError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
