import type { TDb } from "../../lib/server/db/prisma";
import { createUnit } from "./create-unit";
import { createUser } from "./create-user";

/**
 * A small sector of its own for one test file: a root, a province with two districts, and
 * another province, each with a head and a staff member; plus a TCCB monitor at the root.
 */
export async function createUnitTree(db: TDb) {
  const root = await createUnit(db, { level: "CENTRAL", name: "BHXH thử" });
  const hanoi = await createUnit(db, { level: "PROVINCE", parent: root, name: "BHXH Hà Nội thử" });
  const dongDa = await createUnit(db, { level: "DISTRICT", parent: hanoi, name: "BHXH Đống Đa thử" });
  const haiBaTrung = await createUnit(db, { level: "DISTRICT", parent: hanoi, name: "BHXH Hai Bà Trưng thử" });
  const daNang = await createUnit(db, { level: "PROVINCE", parent: root, name: "BHXH Đà Nẵng thử" });
  const head = (unit: { id: string; path: string }) =>
    createUser(db, unit, { roles: ["STAFF", "UNIT_HEAD"], position: "HEAD" });
  const staff = (unit: { id: string; path: string }) => createUser(db, unit, { roles: ["STAFF"] });
  return {
    units: { root, hanoi, dongDa, haiBaTrung, daNang },
    people: {
      tccb: await createUser(db, root, { roles: ["STAFF", "TCCB_MONITOR"] }),
      hanoiHead: await head(hanoi),
      dongDaHead: await head(dongDa),
      dongDaStaff: await staff(dongDa),
      hbtHead: await head(haiBaTrung),
      hbtStaff: await staff(haiBaTrung),
      daNangHead: await head(daNang),
      daNangStaff: await staff(daNang),
    },
  };
}
