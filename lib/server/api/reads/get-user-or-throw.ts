import "server-only";
import { db } from "@/lib/server/db/prisma";
import { userSelect } from "./find-user-page";

/** The caller's own record (GET /me): authentication has just found this user active. */
export async function getUserOrThrow(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: userSelect });
}
