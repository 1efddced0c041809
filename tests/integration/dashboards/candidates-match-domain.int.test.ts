import { beforeAll, describe, expect, it } from "vitest";
import type { TWorkCalendar } from "../../../lib/domain/calendar";
import { commendationCandidates, reviewCandidates } from "../../../lib/domain/rollups";
import { getWorkCalendar } from "../../../lib/server/calendar/get-work-calendar";
import { findCommendationCandidates } from "../../../lib/server/dashboards/find-commendation-candidates";
import { findReviewCandidates } from "../../../lib/server/dashboards/find-review-candidates";
import { createTask } from "../../factories/create-task";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { buildRollupData, march, now } from "./build-rollup-data";
import { loadRollupInputs } from "./load-rollup-inputs";

const DAY = 24 * 3600 * 1000;
/** Five March steps, each done a day before its deadline. */
const onTimeInMarch = (owner: { id: string; unitId: string }) =>
  Array.from({ length: 5 }, (_, i) => {
    const deadline = new Date(Date.UTC(2041, 2, 4 + i, 16, 59, 59, 999));
    return { owner, deadline, status: "DONE" as const, completedAt: new Date(deadline.getTime() - DAY) };
  });

describe("review and commendation candidates from SQL agree with the pure rules", () => {
  let data: Awaited<ReturnType<typeof buildRollupData>>;
  let cal: TWorkCalendar;
  const model: Record<string, string> = {};

  beforeAll(async () => {
    data = await buildRollupData(testDb.prisma, 7);
    const { units, people } = data.tree;
    const db = testDb.prisma;
    const [exemplary, carried, flagged] = await Promise.all([1, 2, 3].map(() => createUser(db, units.dongDa)));
    Object.assign(model, { exemplary: exemplary.id, carried: carried.id, flagged: flagged.id });
    for (const who of [exemplary, carried, flagged]) {
      await createTask(db, {
        leadUnitId: units.dongDa.id,
        assignerId: people.dongDaHead.id,
        steps: onTimeInMarch(who),
      });
    }
    const february = new Date(Date.UTC(2041, 1, 20, 16, 59, 59, 999));
    await createTask(db, {
      leadUnitId: units.dongDa.id,
      assignerId: people.dongDaHead.id,
      steps: [{ owner: carried, deadline: february }],
    });
    const task = await createTask(db, {
      leadUnitId: units.dongDa.id,
      assignerId: people.dongDaHead.id,
      steps: [{ owner: flagged, deadline: february, status: "DONE", completedAt: february }],
    });
    await db.signal.create({
      data: {
        key: `PING_PONG:thu:${task.id}`,
        kind: "PING_PONG",
        subjectUserId: flagged.id,
        unitId: units.dongDa.id,
        taskId: task.id,
        directiveId: task.directiveId,
        stepId: task.steps[0].id,
        since: new Date("2041-03-12T03:00:00Z"),
        explanation: "Chuyển qua lại thử.",
        evidenceEventIds: [],
        detectedAt: now,
      },
    });
    cal = await getWorkCalendar();
  });

  it("proposes the same people for review, with the same reasons and counts, in the same order", async () => {
    const scope = data.tree.units.root.path;
    const { signals } = await loadRollupInputs(testDb.prisma, scope);
    const withoutKeys = (cs: ReturnType<typeof reviewCandidates>) =>
      cs.map((c) => ({ userId: c.userId, reasons: c.reasons.map(({ signalKeys: _k, ...r }) => r) }));
    const shownOf = (list: Awaited<ReturnType<typeof findReviewCandidates>>) =>
      list.shown.map(({ person: _p, ...c }) => c);
    const expected = withoutKeys(reviewCandidates(signals, march));
    expect(expected.length).toBeGreaterThan(1);
    const actual = await findReviewCandidates({ scopePath: scope, period: march });
    expect(shownOf(actual)).toEqual(expected);
    expect(actual.total).toBe(expected.length);
    // A shorter list is the head of the same order, with the number of candidates in all.
    const head = await findReviewCandidates({ scopePath: scope, period: march }, undefined, 1);
    expect(shownOf(head)).toEqual(expected.slice(0, 1));
    expect(head.total).toBe(expected.length);
    // Not whole months: the same answer.
    const fromThe2nd = { from: new Date(march.from.getTime() + 24 * 3600 * 1000), to: march.to };
    const actualFrom2nd = await findReviewCandidates({ scopePath: scope, period: fromThe2nd });
    expect(shownOf(actualFrom2nd)).toEqual(withoutKeys(reviewCandidates(signals, fromThe2nd)));
  });

  it.each([
    ["the shipped criteria", undefined],
    ["a lower bar of one step", { minDoneOnTime: 1 }],
  ])("proposes the same people for commendation under %s", async (_label, criteria) => {
    const scope = data.tree.units.root.path;
    const { items, signals } = await loadRollupInputs(testDb.prisma, scope);
    const expected = commendationCandidates(items, signals, march, cal, now, criteria);
    const actual = await findCommendationCandidates({ scopePath: scope, period: march }, now, criteria);
    expect(actual.map(({ person: _p, ...c }) => c)).toEqual(expected);
    // From the 2nd: not whole months, so the steps themselves are counted instead of the cells.
    const fromThe2nd = { from: new Date(march.from.getTime() + 24 * 3600 * 1000), to: march.to };
    const expectedFrom2nd = commendationCandidates(items, signals, fromThe2nd, cal, now, criteria);
    const actualFrom2nd = await findCommendationCandidates({ scopePath: scope, period: fromThe2nd }, now, criteria);
    expect(actualFrom2nd.map(({ person: _p, ...c }) => c)).toEqual(expectedFrom2nd);
    // The whole year 2041: only the people of RollupPersonYear's shortlist are counted.
    const year2041 = { from: new Date("2040-12-31T17:00:00.000Z"), to: new Date("2041-12-31T17:00:00.000Z") };
    const expectedYear = commendationCandidates(items, signals, year2041, cal, now, criteria);
    const actualYear = await findCommendationCandidates({ scopePath: scope, period: year2041 }, now, criteria);
    expect(actualYear.map(({ person: _p, ...c }) => c)).toEqual(expectedYear);
    expect(expectedYear.map((c) => c.userId)).toContain(model.exemplary);
  });

  it("commends five steps on time with no flags, and not when one is still overdue from before or flagged", async () => {
    const ids = (await findCommendationCandidates({ scopePath: data.tree.units.dongDa.path, period: march }, now)).map(
      (c) => c.userId,
    );
    expect(ids).toContain(model.exemplary);
    expect(ids).not.toContain(model.carried);
    expect(ids).not.toContain(model.flagged);
  });
});
