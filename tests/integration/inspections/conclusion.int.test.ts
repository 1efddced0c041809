import { beforeAll, describe, expect, it } from "vitest";
import { ZIssueConclusion, type TIssueConclusion, type TRecommendation } from "../../../lib/schemas/conclusion";
import { getUnitDashboard } from "../../../lib/server/dashboards/get-unit-dashboard";
import { getInspectionDetails } from "../../../lib/server/inspections/get-inspection-details";
import { getInspectionOverview } from "../../../lib/server/inspections/get-inspection-overview";
import { issueConclusion } from "../../../lib/server/inspections/issue-conclusion";
import { updateInspection } from "../../../lib/server/inspections/update-inspection";
import { sweepSignals } from "../../../lib/server/signals/sweep-signals";
import { findUnitOpenTasks } from "../../../lib/server/units/find-unit-open-tasks";
import { findMyWork } from "../../../lib/server/work/find-my-work";
import {
  createInspectionTree,
  type TInspectionTree,
  createSurpriseInspection,
} from "../../factories/create-inspection-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture } from "../tasks-create/fixtures";

// Wednesday 18/11/2026, 10:00 in Hà Nội; the recommendation is due on Monday 23/11.
const now = new Date("2026-11-18T03:00:00Z");
const weekLater = new Date("2026-11-25T03:00:00Z");

describe("a conclusion's recommendations become tracked tasks of the inspected unit", () => {
  let tree: TInspectionTree;
  let templateId: string;
  let id: string;
  let conclusion: Awaited<ReturnType<typeof issueConclusion>>;

  const recommendation = (over: Partial<TRecommendation> = {}): TRecommendation => ({
    title: `Khắc phục việc để khâu xử lý quá hạn ${unique()}`,
    point: "1",
    description: "",
    leadUnitId: tree.units.dongDa.id,
    coordinatingUnitIds: [],
    deadline: "2026-11-23",
    priority: "HIGH",
    expectedResult: "Báo cáo khắc phục",
    templateId,
    steps: [
      { ownerId: tree.people.dongDaStaff.id, deadline: "2026-11-19" },
      { ownerId: tree.people.dongDaHead.id, deadline: "2026-11-23" },
    ],
    ...over,
  });
  const input = (over: Partial<TIssueConclusion> = {}): TIssueConclusion => ({
    number: `${unique()}/KL-TTKT`,
    summary: "Đơn vị chưa cá thể hóa trách nhiệm ở khâu xử lý.",
    recommendations: [recommendation()],
    ...over,
  });

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    templateId = (
      await createTemplateFixture(testDb.prisma, {
        steps: [
          { kind: "HANDLE", days: 1 },
          { kind: "APPROVE", days: 1 },
        ],
      })
    ).id;
    ({ id } = await createSurpriseInspection(tree, now, {
      subject: "Kiểm tra đột xuất việc thực hiện 1251/BHXH-TCCB",
      endsOn: "2026-11-18",
    }));
  });

  it("refuses a conclusion before the inspection starts", async () => {
    await expect(issueConclusion(tree.people.lead.actor, id, input(), now)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
  });

  it("refuses, in the shared schema, a recommendation step without an owner or without a deadline, and a recommendation without a deadline", () => {
    const [r] = input().recommendations;
    const noOwner = { ...r, steps: [{ deadline: "2026-11-19" }, r!.steps[1]] };
    const noStepDeadline = { ...r, steps: [{ ownerId: tree.people.dongDaStaff.id }, r!.steps[1]] };
    const noDeadline = { ...r, deadline: undefined };
    for (const bad of [noOwner, noStepDeadline, noDeadline]) {
      expect(ZIssueConclusion.safeParse({ ...input(), recommendations: [bad] }).success).toBe(false);
    }
    expect(ZIssueConclusion.safeParse({ ...input(), recommendations: [] }).success).toBe(false);
    expect(ZIssueConclusion.safeParse(input()).success).toBe(true);
  });

  describe("once started", () => {
    beforeAll(async () => {
      await updateInspection(tree.people.lead.actor, id, { status: "IN_PROGRESS" }, now);
    });

    it("refuses a member (only the lead and the inspecting side's heads issue it)", async () => {
      await expect(issueConclusion(tree.people.member.actor, id, input(), now)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    });

    it("refuses a recommendation led by a unit outside the inspected unit, or owned by someone outside it, and writes nothing", async () => {
      await expect(
        issueConclusion(
          tree.people.lead.actor,
          id,
          input({ recommendations: [recommendation({ leadUnitId: tree.units.haiBaTrung.id })] }),
          now,
        ),
      ).rejects.toMatchObject({ code: expect.stringMatching(/INVALID_INPUT|FORBIDDEN/) });
      const outsider = recommendation({
        steps: [
          { ownerId: tree.people.hbtStaff.id, deadline: "2026-11-19" },
          { ownerId: tree.people.dongDaHead.id, deadline: "2026-11-23" },
        ],
      });
      await expect(
        issueConclusion(tree.people.lead.actor, id, input({ recommendations: [outsider] }), now),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: { "recommendations.0.steps.0.ownerId": expect.any(Array) },
      });
      const row = await testDb.prisma.inspection.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "IN_PROGRESS", concludedAt: null });
    });

    it("issues it: the inspection is concluded, each recommendation a task of the inspected unit, with events", async () => {
      conclusion = await issueConclusion(
        tree.people.lead.actor,
        id,
        input({ recommendations: [recommendation(), recommendation({ title: `Kiện toàn quy trình ${unique()}` })] }),
        now,
      );
      expect(conclusion.recommendations).toHaveLength(2);
      const tasks = await testDb.prisma.task.findMany({
        where: { id: { in: conclusion.recommendations.map((r) => r.taskId) } },
        include: { steps: true, directive: true },
      });
      for (const t of tasks) {
        expect(t).toMatchObject({
          leadUnitId: tree.units.dongDa.id,
          directive: { kind: "KET_LUAN" },
          assignerId: tree.people.lead.id,
        });
        expect(t.steps.map((s) => s.ownerId)).toEqual([tree.people.dongDaStaff.id, tree.people.dongDaHead.id]);
      }
      const kinds = await testDb.prisma.event.groupBy({
        by: ["kind"],
        where: { OR: [{ directiveId: conclusion.directiveId }, { taskId: { in: tasks.map((t) => t.id) } }] },
        _count: true,
      });
      expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count]))).toMatchObject({
        DIRECTIVE_CREATED: 1,
        INSPECTION_CONCLUDED: 1,
        TASK_CREATED: 2,
        STEP_ASSIGNED: 4,
      });
    });

    it("refuses a second conclusion", async () => {
      await expect(issueConclusion(tree.people.lead.actor, id, input(), now)).rejects.toMatchObject({
        code: "CONFLICT",
      });
      expect(await testDb.prisma.inspectionConclusion.count({ where: { inspectionId: id } })).toBe(1);
    });

    it("shows the inspected unit the conclusion and its tasks' progress, and the staff member their step", async () => {
      const seen = await getInspectionDetails(tree.people.dongDaStaff.actor, id, now);
      expect(seen.conclusion?.recommendations.map((r) => r.task.id)).toEqual(
        conclusion.recommendations.map((r) => r.taskId),
      );
      const work = await findMyWork(tree.people.dongDaStaff.actor, now);
      const mine = Object.values(work.groups)
        .flat()
        .map((s) => s.task.id);
      expect(mine).toEqual(expect.arrayContaining(conclusion.recommendations.map((r) => r.taskId)));
    });

    it("flows into the signals and the dashboards like any other task once it runs late", async () => {
      await sweepSignals(weekLater);
      const taskIds = conclusion.recommendations.map((r) => r.taskId);
      const signals = await testDb.prisma.signal.findMany({ where: { taskId: { in: taskIds }, resolvedAt: null } });
      expect(signals.map((s) => [s.kind, s.subjectUserId])).toEqual(
        expect.arrayContaining([["OVERDUE_NO_EXTENSION", tree.people.dongDaStaff.id]]),
      );
      const dashboard = await getUnitDashboard(tree.people.dongDaHead.actor, {}, weekLater);
      expect(dashboard.overdue.items.map((i) => i.taskId)).toEqual(expect.arrayContaining(taskIds));
      const open = await findUnitOpenTasks(tree.people.hanoiHead.actor, 1, weekLater);
      expect(open.items.map((t) => t.id)).toEqual(expect.arrayContaining(taskIds));
    });

    it("lists the overdue recommendations for TCCB and the heads of the inspected unit, not for a sibling's head", async () => {
      const overdue = async (who: "tccb" | "dongDaHead" | "hanoiHead" | "hbtHead" | "otherInspector") =>
        (await getInspectionOverview(tree.people[who].actor, weekLater)).overdueRecommendations.map((r) => r.task.id);
      const taskIds = conclusion.recommendations.map((r) => r.taskId);
      for (const who of ["tccb", "dongDaHead", "hanoiHead"] as const)
        expect(await overdue(who)).toEqual(expect.arrayContaining(taskIds));
      for (const who of ["hbtHead", "otherInspector"] as const)
        expect(await overdue(who)).not.toEqual(expect.arrayContaining([taskIds[0]]));
      const before = await getInspectionOverview(tree.people.tccb.actor, now);
      expect(before.overdueRecommendations.map((r) => r.task.id)).not.toContain(taskIds[0]);
      expect(before.units.find((u) => u.unit.id === tree.units.dongDa.id)).toMatchObject({ concluded: 1 });
    });
  });
});
