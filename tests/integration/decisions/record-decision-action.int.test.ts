import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { recordDecisionAction } from "../../../lib/actions/decisions/record-decision-action";
import { toCurrentActor, type TCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-12-03T03:00:00Z");

describe("the 'Ghi quyết định' server action", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const actorOf = async (id: string): Promise<TCurrentActor> =>
    toCurrentActor(
      await testDb.prisma.user.findUniqueOrThrow({
        where: { id },
        include: { unit: { select: { name: true, path: true } } },
      }),
    );
  const input = (userId: string) => ({
    kind: "COMMENDATION",
    userId,
    periodKey: "2026",
    form: "Giấy khen của Giám đốc",
    documentNumber: "12/QĐ-BHXH",
    documentDate: "2026-12-02",
    reason: "Hoàn thành đúng hạn.",
  });
  const events = (userId: string) =>
    testDb.prisma.event.count({
      where: { kind: "PERSONNEL_DECISION_RECORDED", payload: { path: ["userId"], equals: userId } },
    });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("refuses a staff member and a head outside the tree in Vietnamese, writing no event", async () => {
    const subject = tree.people.hbtStaff.id;
    for (const who of [tree.people.dongDaStaff.id, tree.people.daNangHead.id]) {
      const result = await executeAction(recordDecisionAction.definition, await actorOf(who), input(subject), now);
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(!result.ok && result.message).toContain("Bạn không có quyền ghi quyết định");
    }
    expect(await events(subject)).toBe(0);
  });

  it("names each invalid field in Vietnamese, and records for the head of the person's province", async () => {
    const head = await actorOf(tree.people.hanoiHead.id);
    const bad = await executeAction(
      recordDecisionAction.definition,
      head,
      { ...input(tree.people.hbtStaff.id), documentDate: "02/12/2026", form: "" },
      now,
    );
    expect(bad).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        documentDate: ["Ngày văn bản phải là một ngày dạng yyyy-mm-dd."],
        form: [expect.stringContaining("Ghi hình thức")],
      },
    });
    const ok = await executeAction(recordDecisionAction.definition, head, input(tree.people.hbtStaff.id), now);
    expect(ok).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    expect(await events(tree.people.hbtStaff.id)).toBe(1);
  });
});
