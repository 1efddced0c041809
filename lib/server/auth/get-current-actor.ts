import "server-only";
import { msg } from "@/lib/i18n/message";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { pendingSignInStep, type TPendingSignInStep } from "@/lib/domain/auth/pending-sign-in-step";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { authOptions } from "./auth-options";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type TLocale } from "@/lib/i18n/locales";
import { findDeputyGrants } from "@/lib/server/delegations/find-deputy-grants";
import { toCurrentActor, type TCurrentActor } from "./to-current-actor";

export type { TCurrentActor };

/**
 * The person this browser's session belongs to, with what they must still do before using the
 * app (a password set by an administrator, a second factor their role requires); null without a
 * session, for an inactive account, or when the session is older than the account's last
 * password change: the JWT carries the sessionVersion it was issued at (auth-options.ts).
 */
export const getSignedInPerson = cache(
  async (): Promise<{ actor: TCurrentActor; pending: TPendingSignInStep | null } | null> => {
    const session = await getServerSession(authOptions);
    const claims = session?.user as { id?: string; sv?: number; via?: string } | undefined;
    if (!claims?.id) return null;
    const user = await db.user.findUnique({
      where: { id: claims.id },
      include: { unit: { select: { name: true, path: true } } },
    });
    if (!user || !user.isActive || user.sessionVersion !== (claims.sv ?? 0)) return null;
    // Signed in through the ministry's identity provider, strong authentication is its job.
    const hasTotp = !!user.totpEnabledAt || claims.via === "oidc";
    const pending = pendingSignInStep({ ...user, hasTotp }, env().totpRequiredRoles);
    const actor = toCurrentActor(user, await browserLocale());
    return { actor: { ...actor, deputyFor: await findDeputyGrants(user.id, new Date()) }, pending };
  },
);

/**
 * The signed-in, active user with unit and roles fresh from the database; null otherwise, and
 * null while a step is pending (getSignedInPerson): every page, action and API call that reads
 * the actor here refuses such a person, not only the pages that redirect.
 */
export const getCurrentActor = cache(async (): Promise<TCurrentActor | null> => {
  const person = await getSignedInPerson();
  return person && !person.pending ? person.actor : null;
});

/** The language chosen on this browser's sign-in page, for a person who has not chosen one. */
export async function browserLocale(): Promise<TLocale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

/** For pages: anonymous visitors go to the sign-in page, a person with a pending step to that step. */
export async function requireActorOrRedirect(): Promise<TCurrentActor> {
  const person = await getSignedInPerson();
  if (!person) redirect("/login");
  if (person.pending) redirect(`/${person.pending}`);
  return person.actor;
}

/** For server actions and API routes: anonymous callers get UNAUTHENTICATED. */
export async function requireActor(): Promise<TCurrentActor> {
  const actor = await getCurrentActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", msg("errors.sessionExpired"));
  return actor;
}

/** For the actions of a pending step itself (choosing the password, enrolling): signed in is enough. */
export async function requireSignedInActor(): Promise<TCurrentActor> {
  const person = await getSignedInPerson();
  if (!person) throw new DomainError("UNAUTHENTICATED", msg("errors.sessionExpired"));
  return person.actor;
}
