import type { TDb } from "../../../lib/server/db/prisma";
import { createDirective } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";

/** Wednesday 20/03/2041, 10:00 in Hà Nội: a year of its own, so no other file's calendar rows matter. */
export const now = new Date("2041-03-20T03:00:00.000Z");
export const march = { from: new Date("2041-02-28T17:00:00.000Z"), to: new Date("2041-03-31T17:00:00.000Z") };
const DAY = 24 * 3600 * 1000;

/** Holidays on a weekday and on a Sunday, and a Saturday worked: every branch of the working-day count. */
export const calendar2041 = [
  { date: "2041-03-06", year: 2041, kind: "HOLIDAY" as const, name: "Nghỉ lễ thử (thứ Tư)" },
  { date: "2041-03-10", year: 2041, kind: "HOLIDAY" as const, name: "Nghỉ lễ thử (Chủ nhật)" },
  { date: "2041-03-16", year: 2041, kind: "WORKING_DAY" as const, name: "Làm bù thử (thứ Bảy)" },
  { date: "2041-04-30", year: 2041, kind: "HOLIDAY" as const, name: "Ngày thống nhất thử" },
  { date: "2041-05-01", year: 2041, kind: "HOLIDAY" as const, name: "Quốc tế lao động thử" },
];

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deadline at the end of a local day or at an odd hour, around `now`. */
function deadlineFrom(r: () => number): Date {
  const day = Math.floor(r() * 70) - 45;
  const endOfDay = new Date(Date.UTC(2041, 2, 20 + day, 16, 59, 59, 999));
  if (r() < 0.7) return endOfDay;
  return new Date(endOfDay.getTime() - Math.floor(r() * 20) * 3600 * 1000);
}

/** Every category, including the boundary instants classifyItem is careful about. */
function completionFor(r: () => number, deadline: Date, original: Date): Date | null {
  const x = r();
  if (x < 0.3) return null;
  if (x < 0.38) return deadline; // exactly at the deadline: on time
  if (x < 0.43) return new Date(deadline.getTime() + 1); // one millisecond late
  if (x < 0.5 && original < deadline)
    return new Date(original.getTime() + (deadline.getTime() - original.getTime()) / 2);
  const shift = Math.floor((r() - 0.5) * 16 * DAY);
  const at = new Date(deadline.getTime() + shift);
  return at.getTime() > now.getTime() ? null : at;
}

export async function buildRollupData(db: TDb, seed = 20410320) {
  const r = rng(seed);
  await db.calendarDay.createMany({ data: calendar2041, skipDuplicates: true });
  const tree = await createUnitTree(db);
  const { units, people } = tree;
  const extra = [
    await createUser(db, units.hanoi),
    await createUser(db, units.dongDa),
    await createUser(db, units.daNang),
  ];
  const owners = [
    people.dongDaStaff,
    people.dongDaHead,
    people.hbtStaff,
    people.hbtHead,
    people.hanoiHead,
    people.daNangStaff,
    people.daNangHead,
    ...extra,
  ];
  const directives = [await createDirective(db), await createDirective(db), await createDirective(db)];
  const leads = [units.dongDa, units.haiBaTrung, units.hanoi, units.daNang];
  const tasks = [];
  for (let t = 0; t < 30; t++) {
    const status = t % 10 === 9 ? "CANCELLED" : t % 4 === 0 ? "COMPLETED" : "IN_PROGRESS";
    const steps = Array.from({ length: 2 + Math.floor(r() * 4) }, (_, i) => {
      const owner = owners[Math.floor(r() * owners.length)];
      const original = t === 3 && i === 0 ? now : deadlineFrom(r); // one open step due exactly now
      const deadline = r() < 0.25 ? new Date(original.getTime() + Math.ceil(r() * 6) * DAY) : original;
      const completedAt = t === 3 && i === 0 ? null : completionFor(r, deadline, original);
      return {
        order: i + 1,
        name: `Khâu ${i + 1}`,
        kind: "HANDLE" as const,
        ownerId: owner.id,
        unitId: owner.unitId,
        deadline,
        originalDeadline: original,
        status: completedAt ? ("DONE" as const) : ("IN_PROGRESS" as const),
        completedAt,
      };
    });
    const taskDeadline = new Date(Math.max(...steps.map((s) => s.deadline.getTime())));
    const taskDone = steps.every((s) => s.completedAt)
      ? new Date(Math.max(...steps.map((s) => s.completedAt!.getTime())))
      : null;
    tasks.push(
      await db.task.create({
        data: {
          title: `Nhiệm vụ tổng hợp thử ${unique()}`,
          directiveId: directives[t % 3].id,
          leadUnitId: leads[t % leads.length].id,
          assignerId: people.hanoiHead.id,
          deadline: taskDeadline,
          originalDeadline: t % 5 === 0 ? new Date(taskDeadline.getTime() - 2 * DAY) : taskDeadline,
          status: taskDone && status !== "CANCELLED" ? "COMPLETED" : status === "COMPLETED" ? "IN_PROGRESS" : status,
          completedAt: status === "CANCELLED" ? null : taskDone,
          steps: { create: steps },
        },
        include: { steps: true },
      }),
    );
  }
  const kinds = [
    "OVERDUE_NO_EXTENSION",
    "PING_PONG",
    "RETURN_OVERRULED",
    "CONSULTATION_LATE",
    "CONSULTATION_UNANSWERED",
    "CONSULTATION_VAGUE",
    "STALLED",
    "UNDECIDED",
  ] as const;
  const signals = [];
  for (let i = 0; i < 60; i++) {
    const task = tasks[Math.floor(r() * tasks.length)];
    const step = task.steps[Math.floor(r() * task.steps.length)];
    const kind = kinds[Math.floor(r() * kinds.length)];
    const aboutUnit = kind === "CONSULTATION_UNANSWERED" && r() < 0.4;
    const owner = owners.find((o) => o.id === step.ownerId)!;
    const accepted = r() < 0.2;
    const consultationId = kind.startsWith("CONSULTATION") ? `c-${Math.floor(r() * 6)}-${task.id}` : null;
    signals.push(
      await db.signal.create({
        data: {
          key: `${kind}:${unique()}`,
          kind,
          subjectUserId: aboutUnit ? null : owner.id,
          unitId: owner.unitId,
          taskId: task.id,
          directiveId: task.directiveId,
          stepId: step.id,
          consultationId,
          since: new Date(now.getTime() - Math.floor(r() * 50 * DAY) + Math.floor(r() * 5 * DAY)),
          explanation: `Cảnh báo thử: ${kind}`,
          evidenceEventIds: [],
          detectedAt: now,
          resolvedAt: r() < 0.3 ? now : null,
          answerStatus: accepted ? "ACCEPTED" : "UNANSWERED",
          countsAgainstPerson: !accepted,
        },
      }),
    );
  }
  return { tree, owners, directives, tasks, signals };
}
