import "server-only";
import { msg } from "@/lib/i18n/message";
import { createHash } from "node:crypto";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { ApiError } from "./api-error";

/** A key is remembered this long; after that it may be used again. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;
/** Marks a record whose request is still running. */
const IN_PROGRESS = 0;

export type TIdempotencyStart =
  { kind: "replay"; status: number; body: unknown } | { kind: "started"; recordId: string };

/**
 * Claims `key` for this request before anything is written. The unique (actorId, key) index
 * makes the claim atomic: of two identical requests sent at once, one runs and the other is
 * told to retry, so nothing is ever written twice. A finished key replays its first answer;
 * the same key with a different request (method, path or body) is refused with 422.
 */
export async function beginIdempotentRequest(
  actorId: string,
  key: string,
  request: { method: string; path: string; body: unknown },
  now: Date,
): Promise<TIdempotencyStart> {
  if (!KEY.test(key)) {
    const message = msg("api.idempotencyKeyInvalid");
    throw new DomainError("INVALID_INPUT", message, { "Idempotency-Key": [message] });
  }
  const requestHash = hashRequest(request);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const record = await db.idempotencyRecord.create({
        data: {
          actorId,
          key,
          method: request.method,
          path: request.path,
          requestHash,
          statusCode: IN_PROGRESS,
          responseBody: {},
          createdAt: now,
        },
        select: { id: true },
      });
      return { kind: "started", recordId: record.id };
    } catch (e) {
      if ((e as { code?: string } | null)?.code !== "P2002") throw e;
    }
    const existing = await db.idempotencyRecord.findUnique({ where: { actorId_key: { actorId, key } } });
    if (!existing) continue; // abandoned meanwhile: claim it again
    if (now.getTime() - existing.createdAt.getTime() > IDEMPOTENCY_TTL_MS) {
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing.requestHash !== requestHash) {
      throw new ApiError(422, "IDEMPOTENCY_KEY_REUSED", msg("api.idempotencyKeyReused"));
    }
    if (existing.statusCode === IN_PROGRESS) {
      throw new DomainError("CONFLICT", msg("api.idempotencyInProgress"));
    }
    return { kind: "replay", status: existing.statusCode, body: existing.responseBody };
  }
  throw new DomainError("CONFLICT", msg("api.idempotencyInProgress"));
}

function hashRequest(r: { method: string; path: string; body: unknown }): string {
  return createHash("sha256")
    .update(`${r.method} ${r.path}\n${canonicalJson(r.body ?? null)}`, "utf8")
    .digest("hex");
}

/** JSON with object keys sorted, so the same body in another key order is the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
