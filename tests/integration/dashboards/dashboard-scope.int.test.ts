import { beforeAll, describe, expect, it } from "vitest";
import { findComplianceTable } from "../../../lib/server/dashboards/find-compliance-table";
import { findDashboardList } from "../../../lib/server/dashboards/find-dashboard-list";
import { getPersonCompliance } from "../../../lib/server/dashboards/get-person-compliance";
import { getUnitDashboard } from "../../../lib/server/dashboards/get-unit-dashboard";
import { getSummaryReport } from "../../../lib/server/reports/get-summary-report";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const DAY = 24 * 3600 * 1000;

describe("who may see which dashboard and report", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let dongDaTaskId: string;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const { dongDaHead, dongDaStaff, daNangHead, daNangStaff } = tree.people;
    const dd = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: dongDaHead.id,
      steps: [{ owner: dongDaStaff, deadline: new Date(now.getTime() - 3 * DAY), status: "IN_PROGRESS" }],
    });
    dongDaTaskId = dd.id;
    await createTask(testDb.prisma, {
      leadUnitId: tree.units.daNang.id,
      assignerId: daNangHead.id,
      steps: [{ owner: daNangStaff, deadline: new Date(now.getTime() - 2 * DAY), status: "IN_PROGRESS" }],
    });
    await testDb.prisma.escalation.create({
      data: {
        kind: "MANUAL",
        taskId: dd.id,
        stepId: dd.steps[0].id,
        fromUnitId: tree.units.dongDa.id,
        toUnitId: tree.units.hanoi.id,
        raisedById: dongDaHead.id,
        reason: "Vượt thẩm quyền của quận.",
      },
    });
  });

  it("gives the head of Hà Nội their own tree: the overdue step below them and the escalation waiting", async () => {
    const d = await getUnitDashboard(tree.people.hanoiHead.actor, {}, now);
    expect(d.unit.id).toBe(tree.units.hanoi.id);
    expect(d.totals.categories.OVERDUE).toBe(1);
    expect(d.overdue.items.map((i) => i.taskId)).toEqual([dongDaTaskId]);
    expect(d.escalations.total).toBe(1);
    const district = await getUnitDashboard(tree.people.hanoiHead.actor, { unit: tree.units.dongDa.id }, now);
    expect(district.totals.total).toBe(1);
  });

  it.each([
    ["the dashboard", (a: Parameters<typeof getUnitDashboard>[0], unit: string) => getUnitDashboard(a, { unit }, now)],
    [
      "the list behind a number",
      (a: Parameters<typeof getUnitDashboard>[0], unit: string) =>
        findDashboardList(a, { unit, category: "OVERDUE" }, now),
    ],
    [
      "the summary report",
      (a: Parameters<typeof getUnitDashboard>[0], unit: string) => getSummaryReport(a, { unit }, now, "vi"),
    ],
  ])("hides %s of a unit outside the head's tree (NOT_FOUND) and refuses staff (FORBIDDEN)", async (_label, open) => {
    await expect(open(tree.people.hanoiHead.actor, tree.units.daNang.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(tree.people.dongDaHead.actor, tree.units.hanoi.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(tree.people.dongDaStaff.actor, tree.units.dongDa.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(open(tree.people.tccb.actor, tree.units.daNang.id)).resolves.toBeTruthy();
  });

  it("keeps the compliance view and a person's record to TCCB, inspectors and admins", async () => {
    await expect(findComplianceTable(tree.people.hanoiHead.actor, {}, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      getPersonCompliance(tree.people.hanoiHead.actor, tree.people.dongDaStaff.id, {}, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const table = await findComplianceTable(
      tree.people.tccb.actor,
      { unit: tree.units.root.id, sort: "OVERDUE", dir: "desc" },
      now,
    );
    expect(table.rows.map((r) => r.unit.id)).toEqual(
      expect.arrayContaining([tree.units.hanoi.id, tree.units.daNang.id]),
    );
    expect(table.rows.find((r) => r.unit.id === tree.units.hanoi.id)).toMatchObject({
      escalations: 1,
      hasChildren: true,
      row: { categories: { OVERDUE: 1 } },
    });
    expect(table.total.row.categories.OVERDUE).toBe(
      table.rows.reduce((n, r) => n + r.row.categories.OVERDUE, 0) + table.own.row.categories.OVERDUE,
    );
    const record = await getPersonCompliance(tree.people.tccb.actor, tree.people.dongDaStaff.id, {}, now);
    expect(record.steps.items.map((s) => s.taskId)).toEqual([dongDaTaskId]);
  });

  it("refuses a report out of scope as unknown, and a role without reports", async () => {
    // Out of the head's tree: NOT_FOUND like an unknown unit, never a FORBIDDEN that confirms the id exists.
    await expect(
      getSummaryReport(tree.people.hanoiHead.actor, { unit: tree.units.daNang.id }, now, "vi"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSummaryReport(tree.people.dongDaStaff.actor, {}, now, "vi")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
