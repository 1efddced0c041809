import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { localDateOf, startOfLocalDay } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TCreateDirective } from "@/lib/schemas/directive";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { canCreateDirective } from "./can-create-directive";

const invalid = (field: keyof TCreateDirective, message: TMessage) =>
  new DomainError("INVALID_INPUT", message, { [field]: [message] });
const numberTaken = (number: string) => invalid("number", msg("errors.directiveNumberTaken", { number }));
const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/**
 * Registers a directive and its DIRECTIVE_CREATED event in one transaction. Numbers are
 * unique regardless of case ("1251/bhxh-tccb" is the same document as "1251/BHXH-TCCB"); a
 * concurrent insert of the same number is caught by the unique index and answered the same way.
 */
export async function createDirective(actor: TActor, input: TCreateDirective, now: Date) {
  if (!canCreateDirective(actor)) {
    throw new DomainError("FORBIDDEN", msg("errors.directiveCreateForbidden"));
  }
  const today = localDateOf(now);
  if (input.issuedOn > today)
    throw invalid("issuedOn", msg("errors.directiveIssuedAfterToday", { today: formatLocalDate(today) }));
  try {
    return await db.$transaction(async (tx) => {
      const same = { equals: input.number, mode: "insensitive" as const };
      if (await tx.directive.findFirst({ where: { number: same }, select: { id: true } }))
        throw numberTaken(input.number);
      let implementsId: string | null = null;
      if (input.implementsNumber) {
        const parent = await tx.directive.findFirst({
          where: { number: { equals: input.implementsNumber, mode: "insensitive" } },
          select: { id: true },
        });
        if (!parent)
          throw invalid(
            "implementsNumber",
            msg("errors.directiveImplementsMissing", { number: input.implementsNumber }),
          );
        implementsId = parent.id;
      }
      const directive = await tx.directive.create({
        data: {
          number: input.number,
          kind: input.kind,
          issuer: input.issuer,
          issuedAt: startOfLocalDay(input.issuedOn),
          subject: input.subject,
          summary: input.summary || null,
          implementsId,
          searchText: normalizeSearchText(input.number, input.subject, input.issuer, input.summary),
          createdById: actor.id,
          createdAt: now,
        },
        select: { id: true, number: true },
      });
      await recordEvent(tx, {
        kind: "DIRECTIVE_CREATED",
        actorId: actor.id,
        at: now,
        directiveId: directive.id,
        payload: { number: input.number, kind: input.kind, implementsId },
      });
      return directive;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw numberTaken(input.number);
    throw e;
  }
}
