import type { TActor, TRole } from "../../lib/domain/access/roles";
import type { TDb } from "../../lib/server/db/prisma";
import { hashPassword } from "../../lib/server/auth/hash-password";
import { unique } from "./unique";

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "mat-khau-thu-1";

export async function createUser(
  db: TDb,
  unit: { id: string; path: string },
  opts: { roles?: TRole[]; name?: string; position?: "STAFF" | "DEPUTY_HEAD" | "HEAD"; isActive?: boolean } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await db.user.create({
    data: {
      email: `${unique("u-")}@test.bhxh.vn`,
      name: opts.name ?? `Người thử ${unique()}`,
      passwordHash: await cachedHash,
      unitId: unit.id,
      roles: opts.roles ?? ["STAFF"],
      position: opts.position ?? "STAFF",
      isActive: opts.isActive ?? true,
    },
  });
  const actor: TActor = { id: user.id, unitId: unit.id, unitPath: unit.path, roles: user.roles as TRole[] };
  return { ...user, actor };
}
