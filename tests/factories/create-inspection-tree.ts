import type { TDb } from "../../lib/server/db/prisma";
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
