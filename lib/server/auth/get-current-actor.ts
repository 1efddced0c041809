import "server-only";
import { msg } from "@/lib/i18n/message";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { authOptions } from "./auth-options";
import { toCurrentActor, type TCurrentActor } from "./to-current-actor";

export type { TCurrentActor };

/** The signed-in, active user with unit and roles fresh from the database; null otherwise. */
export const getCurrentActor = cache(async (): Promise<TCurrentActor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, include: { unit: { select: { name: true, path: true } } } });
  if (!user || !user.isActive) return null;
  return toCurrentActor(user);
});

/** For pages: anonymous visitors go to the sign-in page. */
export async function requireActorOrRedirect(): Promise<TCurrentActor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For server actions and API routes: anonymous callers get UNAUTHENTICATED. */
export async function requireActor(): Promise<TCurrentActor> {
  const actor = await getCurrentActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", msg("errors.sessionExpired"));
  return actor;
}
