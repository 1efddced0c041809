import "server-only";
import { msg } from "@/lib/i18n/message";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { authOptions } from "./auth-options";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type TLocale } from "@/lib/i18n/locales";
import { toCurrentActor, type TCurrentActor } from "./to-current-actor";

export type { TCurrentActor };

/** The signed-in, active user with unit and roles fresh from the database; null otherwise. */
export const getCurrentActor = cache(async (): Promise<TCurrentActor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, include: { unit: { select: { name: true, path: true } } } });
  if (!user || !user.isActive) return null;
  return toCurrentActor(user, await browserLocale());
});

/** The language chosen on this browser's sign-in page, for a person who has not chosen one. */
export async function browserLocale(): Promise<TLocale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

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
