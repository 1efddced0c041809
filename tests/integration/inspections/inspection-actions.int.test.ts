import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { addFindingAction } from "../../../lib/actions/inspections/add-finding-action";
import { startInspectionAction } from "../../../lib/actions/inspections/start-inspection-action";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import {
  createInspectionTree,
  type TInspectionTree,
  createSurpriseInspection,
} from "../../factories/create-inspection-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");

describe("the inspection page's server actions check who acts, on the server", () => {
  let tree: TInspectionTree;
  let id: string;
  const as = async (who: keyof TInspectionTree["people"]) =>
    toCurrentActor(
      await testDb.prisma.user.findUniqueOrThrow({
        where: { id: tree.people[who].id },
        include: { unit: { select: { name: true, path: true } } },
      }),
    );

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    ({ id } = await createSurpriseInspection(tree, now, { startsOn: "2026-11-18" }));
  });

  it("refuses to start it for the inspected unit's head (404: it does not know of it) and a member (403), then starts it for the lead", async () => {
    const start = (who: keyof TInspectionTree["people"]) =>
      as(who).then((actor) => executeAction(startInspectionAction.definition, actor, { inspectionId: id }, now));
    expect(await start("dongDaHead")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await start("member")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await start("lead")).toMatchObject({ ok: true });
  });

  it("records a member's finding, refuses an empty one with its field named, and refuses the inspected unit's staff", async () => {
    const add = async (who: keyof TInspectionTree["people"], description: string) =>
      executeAction(
        addFindingAction.definition,
        await as(who),
        { inspectionId: id, severity: "MINOR", description, links: [] },
        now,
      );
    expect(await add("member", "Chưa niêm yết lịch tiếp công dân")).toMatchObject({ ok: true });
    expect(await add("member", "")).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { description: expect.any(Array) },
    });
    expect(await add("dongDaStaff", "Tự ghi")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await testDb.prisma.inspectionFinding.count({ where: { inspectionId: id } })).toBe(1);
  });
});
