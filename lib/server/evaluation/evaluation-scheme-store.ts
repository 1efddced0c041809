import "server-only";
import { DECREE_335_SCHEME, type TEvaluationScheme } from "@/lib/domain/evaluation/evaluation-scheme";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import { ZEvaluationScheme } from "@/lib/schemas/evaluations";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";

type TClient = Prisma.TransactionClient;
const SETTING_KEY = "evaluationScheme";

/** The scheme configured for periods not scored yet: the administrators' setting, else Decree 335's. */
export async function getConfiguredScheme(client: TClient = db): Promise<TEvaluationScheme> {
  const row = await client.setting.findUnique({ where: { key: SETTING_KEY } });
  const parsed = ZEvaluationScheme.safeParse(row?.value);
  return parsed.success ? parsed.data : DECREE_335_SCHEME;
}

/**
 * The scheme a period is scored with: the one stored for it when anything of the period was
 * first written, else the configured one (not stored by a read: a period nobody has evaluated
 * follows the configuration until someone does).
 */
export async function schemeOfPeriod(client: TClient, periodKey: string): Promise<TEvaluationScheme> {
  const stored = await client.evaluationPeriodScheme.findUnique({ where: { periodKey } });
  if (stored) return ZEvaluationScheme.parse(stored.scheme);
  return getConfiguredScheme(client);
}

/** Stores the configured scheme as the period's, once (the first writer wins), and returns the period's. */
export async function fixSchemeOfPeriod(tx: TClient, periodKey: string): Promise<TEvaluationScheme> {
  const configured = await getConfiguredScheme(tx);
  await tx.$executeRaw`
    INSERT INTO "EvaluationPeriodScheme" ("periodKey", scheme) VALUES (${periodKey}, ${JSON.stringify(configured)}::jsonb)
    ON CONFLICT ("periodKey") DO NOTHING`;
  return schemeOfPeriod(tx, periodKey);
}

/**
 * An administrator sets the scheme for the periods not scored yet; the periods already scored
 * keep theirs. The change and its event are one transaction.
 */
export async function setConfiguredScheme(actor: TActor, scheme: TEvaluationScheme, now: Date) {
  if (!actor.roles.includes("ADMIN")) throw new DomainError("FORBIDDEN", msg("errors.evaluationSchemeAdminOnly"));
  return db.$transaction(async (tx) => {
    const before = await getConfiguredScheme(tx);
    await tx.setting.upsert({
      where: { key: SETTING_KEY },
      create: { key: SETTING_KEY, value: scheme },
      update: { value: scheme },
    });
    await recordEvent(tx, {
      kind: "EVALUATION_SCHEME_CHANGED",
      actorId: actor.id,
      at: now,
      payload: { before, after: scheme },
    });
    return scheme;
  });
}
