// Usage: DATABASE_URL=postgresql://…/<a database holding the demo> npx tsx --conditions=react-server bench/notify-event.ts
// The cost a step action pays for its notifications: notifyEvent (the recipients' read and one
// insert) timed inside a transaction that is rolled back each time, per kind of event, 200 runs
// after 30 warm-up runs and a whole warm-up pass. Not a test; the sector-sized figure needs `npm run bench:writes`.
import { db } from "../lib/server/db/prisma.ts";
import { notifyEvent } from "../lib/server/notifications/notify-event.ts";
import type { TEventPayload } from "../lib/schemas/event-payloads.ts";

const step = await db.taskStep.findFirstOrThrow({
  where: { status: "IN_PROGRESS", task: { steps: { some: { status: "PENDING" } } } },
});
const other = await db.user.findFirstOrThrow({ where: { id: { not: step.ownerId } } });
const event = await db.event.findFirstOrThrow({ where: { stepId: step.id } });
const now = new Date();
const at = now.toISOString();
const base = { actorId: step.ownerId, at: now, taskId: step.taskId, stepId: step.id };
const cases: [string, TEventPayload][] = [
  [
    "STEP_RETURNED (the unit's heads)",
    { kind: "STEP_RETURNED", payload: { from: step.ownerId, fromUnitId: step.unitId } },
  ],
  [
    "EXTENSION_REQUESTED (the step's unit's heads)",
    { kind: "EXTENSION_REQUESTED", payload: { requestId: "x", previousDeadline: at, requestedDeadline: at } },
  ],
  ["STEP_COMPLETED (the next owner)", { kind: "STEP_COMPLETED", payload: { result: "x" } }],
  ["RETURN_OVERRULED (named in the payload)", { kind: "RETURN_OVERRULED", payload: { returnedBy: other.id } }],
  ["STEP_PROGRESS (nobody)", { kind: "STEP_PROGRESS", payload: { note: "x" } }],
];

class Rollback extends Error {}
// A first pass warms every case (the pool's connections, the query plans); the second is printed.
for (const [pass, [name, e]] of [...cases, ...cases].entries()) {
  const times: number[] = [];
  for (let i = 0; i < 230; i++) {
    try {
      await db.$transaction(async (tx) => {
        const t0 = performance.now();
        await notifyEvent(tx, { ...base, ...e }, event.id);
        times.push(performance.now() - t0);
        throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  }
  const sorted = times.slice(30).sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(2);
  if (pass >= cases.length) console.log(`${name}: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms (${sorted.length} runs)`);
}
process.exit(0);
