import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { TDecisionListItem } from "@/lib/server/decisions/find-decisions";
import { iso } from "./iso";

export function serializeDecision(d: TDecisionListItem, locale: TLocale) {
  const t = translatorFor(locale);
  return {
    id: d.id,
    kind: d.kind,
    kindLabel: t(`enums.decisionKind.${d.kind}`),
    person: d.user,
    unit: d.unit,
    periodKey: d.periodKey,
    form: d.form,
    documentNumber: d.documentNumber,
    documentDate: d.documentDate.toISOString().slice(0, 10),
    reason: d.reason,
    evidence: d.evidence,
    recordedBy: d.createdBy,
    recordedAt: iso(d.createdAt),
  };
}
