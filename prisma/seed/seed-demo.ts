import { buildCalendar, defaultHolidays } from "../../lib/domain/calendar/index.ts";
import { hashPassword } from "../../lib/server/auth/hash-password.ts";
import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import { buildDemoModel } from "./build-demo-model.ts";
import { seedDemoDelegations } from "./delegations.ts";
import { seedChecklists } from "./checklists.ts";
import { seedInspections } from "./inspections.ts";
import { seedEvaluationWork } from "./evaluations.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { insertDemoModel, type TDemoSummary } from "./insert-demo-model.ts";
import { notifyDemoEvents } from "./notify-demo-events.ts";
import { createSeedClock } from "./seed-clock.ts";

export type { TDemoSummary } from "./insert-demo-model.ts";

/** The thresholds the demo story is written against (Setting key "policy"). */
export const demoPolicy = {
  dueSoonWorkingDays: 3,
  stalledAfterWorkingDays: 5,
  pingPongReassignments: 3,
  escalationLadder: [2, 5, 10],
};

/**
 * Fills an EMPTY database with the demo: the unit tree, people, templates, the real
 * directives and the tasks they assign, with a history that tells the story (on time,
 * due soon, overdue, bounced, overruled, late or vague answers, extensions, escalation).
 * Every date is counted in working days from `now`, so the demo never goes stale.
 */
export async function seedDemo(
  prisma: PrismaClient,
  now: Date,
): Promise<TDemoSummary & { evaluationWork: Awaited<ReturnType<typeof seedEvaluationWork>> }> {
  const cal = buildCalendar(defaultHolidays);
  const clock = createSeedClock(now, cal);
  // bcrypt is slow on purpose: hash the shared demo password once.
  const model = buildDemoModel(clock, await hashPassword(DEMO_PASSWORD));
  const summary = await insertDemoModel(prisma, model, {
    calendarDays: defaultHolidays.map((d) => ({
      date: d.date,
      year: Number(d.date.slice(0, 4)),
      kind: d.kind,
      name: d.name,
    })),
    settings: [{ key: "policy", value: demoPolicy }],
  });
  await seedDemoDelegations(prisma, clock);
  await seedChecklists(prisma, now);
  await seedInspections(prisma, clock);
  const evaluationWork = await seedEvaluationWork(prisma, now);
  await notifyDemoEvents(prisma, now);
  return { ...summary, evaluationWork };
}
