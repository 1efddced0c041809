import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/prisma";
import { hashPassword } from "./hash-password";
import { recordSignInEvent } from "./record-sign-in-event";

export type TOidcMatch =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: "unknown" | "inactive" | "no-claim"; value: string };

/**
 * The account a person signing in through the ministry's identity provider is: the active user
 * whose OIDC_MATCH_FIELD (e-mail or employee code) equals the ID token's OIDC_MATCH_CLAIM. Nobody
 * is created unless OIDC_AUTO_CREATE says so, and then only as staff of OIDC_DEFAULT_UNIT_CODE,
 * with an e-mail from the token and a random password nobody knows. Every refusal goes into the
 * audit trail (SSO_SIGN_IN_REFUSED) with the claimed value, which the provider vouched for.
 */
export async function matchOidcPerson(claims: Record<string, unknown>, now: Date): Promise<TOidcMatch> {
  const { oidc } = env();
  if (!oidc) throw new Error("matchOidcPerson without OIDC configured");
  const raw = claims[oidc.matchClaim];
  const value = typeof raw === "string" ? raw.trim().slice(0, 200) : "";
  const where = oidc.matchField === "email" ? { email: value.toLowerCase() } : { employeeCode: value };
  const found = value
    ? await db.user.findUnique({ where, select: { id: true, sessionVersion: true, isActive: true } })
    : null;
  if (found?.isActive) return { ok: true, user: found };
  const reason = !value ? "no-claim" : found ? "inactive" : "unknown";
  if (reason === "unknown" && oidc.autoCreate) {
    const created = await createFromClaims(claims, oidc.matchField === "employeeCode" ? value : null);
    if (created) return { ok: true, user: created };
  }
  await db.$transaction((tx) =>
    recordSignInEvent(tx, {
      kind: "SSO_SIGN_IN_REFUSED",
      at: now,
      payload: { matchField: oidc.matchField, value, reason },
    }),
  );
  return { ok: false, reason, value };
}

async function createFromClaims(claims: Record<string, unknown>, employeeCode: string | null) {
  const { oidc } = env();
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const unit = oidc?.defaultUnitCode
    ? await db.unit.findUnique({ where: { code: oidc.defaultUnitCode }, select: { id: true } })
    : null;
  // No unit under that code, no usable e-mail, or the e-mail already taken: refused as unknown.
  if (!unit || !/^[^\s@]+@[^\s@]+$/.test(email)) return null;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return null;
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  return db.user.create({
    data: {
      email,
      name,
      employeeCode,
      unitId: unit.id,
      roles: ["STAFF"],
      passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
    },
    select: { id: true, sessionVersion: true },
  });
}
