import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay, localDateOf, addCalendarDays } from "../../../lib/domain/calendar";
import { detectSignals, resolveMessageAt } from "../../../lib/domain/signals";
import { translate } from "../../../lib/i18n/translate";
import { answerConsultation } from "../../../lib/server/consultations/answer-consultation";
import { requestConsultation } from "../../../lib/server/consultations/request-consultation";
import type { TDbHandle } from "../../../lib/server/db/create-prisma-client";
import { isDomainError } from "../../../lib/server/errors/domain-error";
import { loadSignalInput } from "../../../lib/server/signals/load-signal-input";
import { refreshTaskSignals } from "../../../lib/server/signals/refresh-task-signals";
import { signalExplanation } from "../../../lib/server/signals/signal-explanation";
import { sweepSignals } from "../../../lib/server/signals/sweep-signals";
import { completeStep } from "../../../lib/server/steps/complete-step";
import { decideExtension } from "../../../lib/server/steps/decide-extension";
import { recordProgress } from "../../../lib/server/steps/record-progress";
import { requestExtension } from "../../../lib/server/steps/request-extension";
import { returnStep } from "../../../lib/server/steps/return-step";
import { ruleOnReturn } from "../../../lib/server/steps/rule-on-return";
import { startStep } from "../../../lib/server/steps/start-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { usePrivateDb } from "../../support/use-private-db";
import { rollupCellsAndRecount } from "../dashboards/rollup-cells-and-recount";

// Monday 16/11/2026, 09:00 in Hà Nội.
const start = new Date("2026-11-16T02:00:00Z");
const HOUR = 60 * 60 * 1000;
const ACTIONS = [
  "start",
  "progress",
  "complete",
  "return",
  "overrule",
  "uphold",
  "consult",
  "answer",
  "extend",
  "approve",
  "reject",
] as const;
type TOp = { kind: "act"; step: number; action: (typeof ACTIONS)[number] } | { kind: "jump"; hours: number };

const opArb: fc.Arbitrary<TOp> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("act" as const), step: fc.nat(2), action: fc.constantFrom(...ACTIONS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("jump" as const), hours: fc.integer({ min: 1, max: 24 * 5 }) }),
  },
);

describe("time-based signals kept incrementally (Task.signalsCheckAt and the sweep)", () => {
  let priv: { db: TDbHandle; release(): Promise<void> };
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const db = () => priv.db.prisma;
  beforeAll(async () => {
    priv = await usePrivateDb();
    tree = await createUnitTree(db());
  });
  afterAll(async () => {
    await priv?.release();
  });

  /** Runs one operation as the person who would do it; a refused one (DomainError) writes nothing and is skipped. */
  async function apply(taskId: string, op: Extract<TOp, { kind: "act" }>, now: Date) {
    const { dongDaStaff, hbtStaff, hanoiHead, daNangStaff } = tree.people;
    const steps = await db().taskStep.findMany({ where: { taskId }, orderBy: { order: "asc" } });
    const step = steps[op.step];
    const owner = [dongDaStaff, hbtStaff].find((p) => p.id === step.ownerId)!;
    const ref = { stepId: step.id, expectedVersion: step.version };
    const reason = "Lý do thử nghiệm tự sinh";
    const pendingRequest = () => db().extensionRequest.findFirst({ where: { stepId: step.id, status: "PENDING" } });
    switch (op.action) {
      case "start":
        return startStep(owner.actor, ref, now);
      case "progress":
        return recordProgress(owner.actor, { ...ref, note: "Đang làm" }, now);
      case "complete":
        return completeStep(owner.actor, { ...ref, result: "Đã xong" }, now);
      case "return":
        return returnStep(owner.actor, { ...ref, reason }, now);
      case "overrule":
        return ruleOnReturn(hanoiHead.actor, { ...ref, decision: "OVERRULE", reason }, now);
      case "uphold": {
        const other = owner.id === dongDaStaff.id ? hbtStaff : dongDaStaff;
        return ruleOnReturn(hanoiHead.actor, { ...ref, decision: "UPHOLD", newOwnerId: other.id, reason }, now);
      }
      case "consult": {
        const responseDeadline = addCalendarDays(localDateOf(now), 2);
        return requestConsultation(
          owner.actor,
          { ...ref, targetUserId: daNangStaff.id, question: "Xin ý kiến về nội dung này", responseDeadline },
          now,
        );
      }
      case "answer": {
        const c = await db().consultation.findFirst({ where: { step: { taskId }, answeredAt: null } });
        return (
          c &&
          answerConsultation(
            daNangStaff.actor,
            { consultationId: c.id, position: "AGREE", answer: "Thống nhất với dự thảo" },
            now,
          )
        );
      }
      case "extend":
        return requestExtension(
          owner.actor,
          { ...ref, requestedDeadline: addCalendarDays(localDateOf(step.deadline), 5), reason },
          now,
        );
      case "approve":
      case "reject": {
        const r = await pendingRequest();
        return (
          r && decideExtension(hanoiHead.actor, { ...ref, requestId: r.id, approve: op.action === "approve" }, now)
        );
      }
    }
  }

  /**
   * What the rows say at `now`, computed in full, against what is stored as open: the same
   * sentence and metrics (a count that grows with time stored as such), and the same words
   * for a reader at `now`.
   */
  async function expectSignalsCurrent(taskId: string, now: Date) {
    const { input, settings } = await loadSignalInput(db(), [taskId]);
    const clock = { calendar: settings.calendar, now };
    const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    const expected = detectSignals(input, settings.calendar, settings.policy, now)
      .map((s) => ({
        key: s.key,
        words: translate("vi", resolveMessageAt(s.explanation, settings.calendar, now)),
        message: asJson(s.explanation),
        metrics: asJson(s.metrics),
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
    const stored = (await db().signal.findMany({ where: { taskId, resolvedAt: null }, orderBy: { key: "asc" } }))
      .map((s) => ({
        key: s.key,
        words: signalExplanation(s, "vi", clock),
        message: s.explanationMessage,
        metrics: s.metrics,
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(stored).toEqual(expected);
  }

  it("after any sequence of writes and time jumps, the stored signals equal a full recomputation, and the cells a recount", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 18 }), async (ops) => {
        runs++;
        let now = start;
        const day = (n: number) => endOfLocalDay(addCalendarDays(localDateOf(start), n));
        const task = await createTask(db(), {
          leadUnitId: tree.units.dongDa.id,
          assignerId: tree.people.dongDaHead.id,
          status: "OPEN",
          steps: [
            { owner: tree.people.dongDaStaff, deadline: day(2), status: "TODO" },
            { owner: tree.people.hbtStaff, deadline: day(4), status: "PENDING" },
            { owner: tree.people.dongDaStaff, deadline: day(7), status: "PENDING", kind: "APPROVE" },
          ],
        });
        await db().taskStep.updateMany({ where: { taskId: task.id }, data: { lastActivityAt: now } });
        // As the task's creation through the write path does.
        await refreshTaskSignals(db(), [task.id], now);
        for (const op of ops) {
          if (op.kind === "jump") {
            now = new Date(now.getTime() + op.hours * HOUR);
            await sweepSignals(now);
            continue;
          }
          try {
            await apply(task.id, op, now);
          } catch (e) {
            if (!isDomainError(e)) throw e;
          }
        }
        await sweepSignals(now);
        await expectSignalsCurrent(task.id, now);
      }),
      { numRuns: 6, seed: 20261204 },
    );
    expect(runs).toBe(6);
    const unitIds = Object.values(tree.units).map((u) => u.id);
    const { kept, counted } = await rollupCellsAndRecount(db(), unitIds);
    expect(kept).toEqual(counted);
  });

  it("leaves a task that is not due alone: the sweep reads what is due, not the table", async () => {
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: endOfLocalDay("2026-12-31"), status: "TODO" }],
    });
    await db().taskStep.updateMany({ where: { taskId: task.id }, data: { lastActivityAt: start } });
    await refreshTaskSignals(db(), [task.id], start);
    const { signalsCheckAt } = await db().task.findUniqueOrThrow({ where: { id: task.id } });
    // Idle from its creation: stalled from the 5th working day on, before its deadline.
    expect(signalsCheckAt).toEqual(new Date("2026-11-22T17:00:00Z"));
    await sweepSignals(new Date(signalsCheckAt!.getTime() - 1));
    expect(await db().signal.count({ where: { taskId: task.id } })).toBe(0);
    await sweepSignals(signalsCheckAt!);
    expect((await db().signal.findMany({ where: { taskId: task.id } })).map((s) => s.kind)).toEqual(["STALLED"]);
  });
});
