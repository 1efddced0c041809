import { beforeAll, describe, expect, it } from "vitest";
import { DECREE_335_SCHEME } from "../../../lib/domain/evaluation/evaluation-scheme";
import { scoreProducts } from "../../../lib/domain/evaluation/score-products";
import { periodFromKey } from "../../../lib/domain/recurrence";
import { approveEvaluation } from "../../../lib/server/evaluation/approve-evaluation";
import { assessEvaluation } from "../../../lib/server/evaluation/assess-evaluation";
import { getEvaluation } from "../../../lib/server/evaluation/get-evaluation";
import { getSectorEvaluations } from "../../../lib/server/evaluation/get-sector-evaluations";
import { getUnitEvaluations } from "../../../lib/server/evaluation/get-unit-evaluations";
import { loadPeriodProducts } from "../../../lib/server/evaluation/load-period-products";
import { sumProductsByPerson } from "../../../lib/server/evaluation/sum-products-sql";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { refusal } from "../../support/refusal";
import { testDb } from "../../support/use-test-db";

const eod = (day: string) => new Date(`${day}T16:59:59.999Z`);
const noon = (day: string) => new Date(`${day}T05:00:00Z`);
const now = new Date("2026-12-07T03:00:00Z");
const kinds = ["RECEIVE", "HANDLE", "CONSULT", "SUBMIT", "APPROVE", "ISSUE"] as const;
const priorities = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;

describe("the unit and sector tables score as the scorecard does", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let staff: Array<Awaited<ReturnType<typeof createUser>>>;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    staff = [];
    for (let i = 0; i < 6; i++)
      staff.push(await createUser(testDb.prisma, tree.units.haiBaTrung, { roles: ["STAFF"] }));
    // A spread of products: kinds, priorities, a task's own weight, on time, late, explained,
    // missed, due in the month and done in the next, done in the month but due before it,
    // a cancelled task (not a product), and a step of another month (not a product).
    let n = 0;
    for (const [i, person] of staff.entries()) {
      const owner = { id: person.id, unitId: person.unitId };
      for (let j = 0; j < 5; j++) {
        n++;
        const day = String(3 + ((i * 5 + j) % 25)).padStart(2, "0");
        const shape = n % 6;
        const deadline = eod(`2026-11-${day}`);
        const completedAt =
          shape === 0
            ? noon(`2026-11-${day}`)
            : shape === 1
              ? noon("2026-11-28")
              : shape === 2
                ? noon("2026-12-02")
                : shape === 3
                  ? null
                  : shape === 4
                    ? noon("2026-11-02")
                    : noon(`2026-11-${day}`);
        const task = await createTask(testDb.prisma, {
          leadUnitId: tree.units.haiBaTrung.id,
          assignerId: tree.people.hbtHead.id,
          priority: priorities[n % 4],
          evaluationWeight: n % 7 === 0 ? 2.5 : undefined,
          status: n % 11 === 0 ? ("CANCELLED" as never) : undefined,
          deadline: shape === 4 ? eod("2026-10-30") : deadline,
          steps: [
            {
              owner,
              kind: kinds[n % 6],
              deadline: shape === 4 ? eod("2026-10-30") : deadline,
              completedAt: completedAt ?? undefined,
              status: completedAt ? "DONE" : "TODO",
            },
          ],
        });
        if (shape === 1 && n % 2 === 0) {
          await testDb.prisma.signal.create({
            data: {
              key: unique("sig-"),
              kind: "OVERDUE_NO_EXTENSION",
              subjectUserId: person.id,
              unitId: person.unitId,
              taskId: task.id,
              directiveId: task.directiveId,
              stepId: task.steps[0]!.id,
              since: deadline,
              explanation: "Trễ hạn",
              detectedAt: deadline,
              answerStatus: "ACCEPTED",
              countsAgainstPerson: false,
            },
          });
        }
      }
    }
    await testDb.prisma.manualProduct.create({
      data: {
        userId: staff[0]!.id,
        periodKey: "2026-11",
        description: "Báo cáo",
        evidenceNote: "Số 1/BC",
        weight: 3,
        completedOn: new Date("2026-11-20T00:00:00Z"),
        status: "CONFIRMED",
      },
    });
  });

  it("gives each person the same task points from the SQL sums as from their products", async () => {
    const period = periodFromKey("2026-11");
    const sums = await sumProductsByPerson(
      testDb.prisma,
      { unitPath: tree.units.haiBaTrung.path },
      period,
      DECREE_335_SCHEME,
    );
    const table = await getUnitEvaluations(tree.people.hbtHead.actor, tree.units.haiBaTrung.id, "2026-11");
    for (const person of staff) {
      const loaded = await loadPeriodProducts(testDb.prisma, person.id, period, DECREE_335_SCHEME);
      const pure = scoreProducts(loaded.products, DECREE_335_SCHEME);
      const s = sums.get(person.id)!;
      expect(s.assigned).toBeCloseTo(
        loaded.products.reduce((n, p) => n + p.weight, 0),
        9,
      );
      expect(table.rows.find((r) => r.id === person.id)!.taskPoints).toBe(pure.points);
    }
  });

  it("blends a manager's score with the unit's, as the scorecard does", async () => {
    const table = await getUnitEvaluations(tree.people.hanoiHead.actor, tree.units.haiBaTrung.id, "2026-11");
    const head = table.rows.find((r) => r.id === tree.people.hbtHead.id)!;
    const card = await getEvaluation(tree.people.hanoiHead.actor, tree.people.hbtHead.id, "2026-11", now);
    expect(head.unitPoints).toBe(card.unitPoints);
    expect(head.taskPoints).toBe(card.result.taskPoints);
  });

  it("shows the stored figures once assessed, and warns when excellent grades pass 20% of the good ones", async () => {
    // Seven people with nothing assigned have the full 70 task points: 25 general points make
    // 95 (excellent), 10 make 80 (good). Two excellent beside five good: the cap allows one.
    const assessor = tree.people.daNangHead.actor;
    const people = [];
    for (let i = 0; i < 7; i++) people.push(await createUser(testDb.prisma, tree.units.daNang, { roles: ["STAFF"] }));
    for (const [i, person] of people.entries()) {
      await assessEvaluation(
        assessor,
        person.id,
        "2026-11",
        { generalPoints: i < 2 ? 25 : 10, marks: {}, note: "" },
        now,
      );
    }
    await approveEvaluation(assessor, people[0]!.id, "2026-11", "", now);
    const table = await getUnitEvaluations(assessor, tree.units.daNang.id, "2026-11");
    expect(table.statusCounts).toMatchObject({ ASSESSED: 6, APPROVED: 1 });
    expect(table.summary.distribution).toEqual({ EXCELLENT: 2, GOOD: 5, COMPLETED: 0, NOT_COMPLETED: 0 });
    expect(table.summary.cap).toEqual({ excellent: 2, good: 5, allowed: 1, exceeded: true });
    expect(table.capBreaches.map((b) => b.unit.id)).toEqual([tree.units.daNang.id]);
    const sector = await getSectorEvaluations(tree.people.tccb.actor, "2026-11");
    expect(sector.sector.people).toBeGreaterThan(0);
  });

  it("is for heads of the tree and the sector-wide roles", async () => {
    expect(
      (await refusal(getUnitEvaluations(tree.people.hbtStaff.actor, tree.units.haiBaTrung.id, "2026-11"))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await refusal(getUnitEvaluations(tree.people.dongDaHead.actor, tree.units.haiBaTrung.id, "2026-11"))).code,
    ).toBe("NOT_FOUND");
    const sector = await getSectorEvaluations(tree.people.tccb.actor, "2026-11");
    expect(sector.sector.people).toBeGreaterThanOrEqual(staff.length);
    expect((await refusal(getSectorEvaluations(tree.people.hbtHead.actor, "2026-11"))).code).toBe("FORBIDDEN");
  });
});
