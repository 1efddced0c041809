import { randomUUID } from "node:crypto";
import type { TDb } from "../../lib/server/db/prisma";
import { unique } from "./unique";

type TLevel = "CENTRAL" | "DEPARTMENT" | "PROVINCE" | "DISTRICT";

export async function createUnit(
  db: TDb,
  opts: { name?: string; level?: TLevel; parent?: { id: string; path: string } } = {},
) {
  const id = randomUUID();
  return db.unit.create({
    data: {
      id,
      code: unique("U-"),
      name: opts.name ?? `Đơn vị thử ${unique()}`,
      level: opts.level ?? (opts.parent ? "DISTRICT" : "CENTRAL"),
      parentId: opts.parent?.id ?? null,
      path: `${opts.parent?.path ?? "/"}${id}/`,
    },
  });
}
