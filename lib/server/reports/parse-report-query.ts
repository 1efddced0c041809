import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { withValidationLocale } from "@/lib/i18n/validation";
import { ZReportQuery, type TReportQuery } from "@/lib/schemas/dashboard";
import { issuesByField } from "@/lib/schemas/issues-by-field";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * The export's query string, strictly: empty values count as absent, anything malformed is
 * INVALID_INPUT, its first problem as the message. zod words the problems in `locale`, the
 * requester's language, while it parses.
 */
export function parseReportQuery(params: URLSearchParams, locale: TLocale): TReportQuery {
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ""));
  const parsed = withValidationLocale(locale, () => ZReportQuery.safeParse(raw));
  if (parsed.success) return parsed.data;
  const fieldErrors = issuesByField(parsed.error, "query");
  const first = parsed.error.issues[0]?.message;
  throw new DomainError(
    "INVALID_INPUT",
    first ? msg("errors.worded", { text: first }) : msg("errors.reportQueryInvalid"),
    fieldErrors,
  );
}
