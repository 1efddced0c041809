import type { TCreateInspection } from "../../lib/schemas/inspection";
import type { TDb } from "../../lib/server/db/prisma";
import { createInspection } from "../../lib/server/inspections/create-inspection";
import { createUnit } from "./create-unit";
import { createUnitTree } from "./create-unit-tree";
import { createUser } from "./create-user";

/**
 * createUnitTree plus an inspecting department under the root (Vụ Thanh tra - Kiểm tra) with
 * its head, three inspectors (a lead, a member, one left off the team) and an administrator.
 */
export async function createInspectionTree(db: TDb) {
  const tree = await createUnitTree(db);
  const ttkt = await createUnit(db, { level: "DEPARTMENT", parent: tree.units.root, name: "Vụ TTKT thử" });
  const inspector = () => createUser(db, ttkt, { roles: ["STAFF", "INSPECTOR"] });
  return {
    units: { ...tree.units, ttkt },
    people: {
      ...tree.people,
      lead: await inspector(),
      member: await inspector(),
      otherInspector: await inspector(),
      ttktHead: await createUser(db, ttkt, { roles: ["STAFF", "UNIT_HEAD", "INSPECTOR"], position: "HEAD" }),
      admin: await createUser(db, tree.units.root, { roles: ["STAFF", "ADMIN"] }),
    },
  };
}

export type TInspectionTree = Awaited<ReturnType<typeof createInspectionTree>>;

/**
 * A surprise inspection of Đống Đa by the tree's lead and member, covering January to October
 * 2026 and starting on 17/11/2026 unless `over` says otherwise, created through the server
 * function as an inspector would.
 */
export function createSurpriseInspection(tree: TInspectionTree, now: Date, over: Partial<TCreateInspection> = {}) {
  return createInspection(
    tree.people.lead.actor,
    {
      kind: "SURPRISE",
      planId: null,
      inspectingUnitId: null,
      inspectedUnitId: tree.units.dongDa.id,
      periodFrom: "2026-01-01",
      periodTo: "2026-10-31",
      subject: "Kiểm tra đột xuất",
      startsOn: "2026-11-17",
      endsOn: "2026-11-20",
      leadUserId: tree.people.lead.id,
      memberUserIds: [tree.people.member.id],
      checklistId: null,
      ...over,
    },
    now,
  );
}
