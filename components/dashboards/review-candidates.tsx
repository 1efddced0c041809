import Link from "next/link";
import { useTranslations } from "next-intl";
import { wordMessage, type TMessage } from "@/lib/i18n/message";

type TCandidate = {
  userId: string;
  person: { id: string; name: string; unitName: string };
  reasons: { ruleId: string; text: TMessage; count: number }[];
};

/**
 * Candidates for a review (kiểm điểm), each with the criteria met and how many times; the
 * rules are listed too. `candidates` may be the first of `total`: then the list says so and
 * how to see the others (a unit lower in the tree has fewer).
 */
export function ReviewCandidates({
  candidates,
  total,
  rules,
  personHref,
  decisionHref,
}: {
  candidates: TCandidate[];
  total: number;
  rules: TMessage[];
  personHref: (id: string) => string;
  /** The "Ghi quyết định" form for this candidate, or null when the actor may not record one about them. */
  decisionHref?: (id: string) => string | null;
}) {
  const t = useTranslations("dashboard.review");
  const tRoot = useTranslations();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="review-candidates">
      <details className="mb-3 text-sm">
        <summary className="cursor-pointer text-brand-700">{t("criteria")}</summary>
        <ul className="mt-2 list-disc pl-5 text-slate-700">
          {rules.map((r) => (
            <li key={r.key}>{wordMessage(tRoot, r)}</li>
          ))}
        </ul>
      </details>
      {candidates.length < total && (
        <p className="mb-3 text-sm text-slate-600" data-testid="review-candidates-more">
          {t("more", { shown: candidates.length, total })}
        </p>
      )}
      {candidates.length === 0 ? (
        <p className="text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {candidates.map((c) => (
            <li key={c.userId}>
              <Link href={personHref(c.userId)} className="font-medium text-brand-700 hover:underline">
                {c.person.name}
              </Link>
              <span className="text-slate-500"> · {c.person.unitName}</span>
              {decisionHref?.(c.userId) && (
                <Link
                  href={decisionHref(c.userId)!}
                  className="ml-2 text-sm text-brand-700 underline"
                  aria-label={t("recordDecisionFor", { name: c.person.name })}
                  data-testid="record-review-decision"
                >
                  {t("recordDecision")}
                </Link>
              )}
              <ul className="list-disc pl-5 text-sm">
                {c.reasons.map((r) => (
                  <li key={r.ruleId}>
                    {t.rich("reason", {
                      text: wordMessage(tRoot, r.text),
                      count: r.count,
                      b: (chunks) => <span className="font-semibold">{chunks}</span>,
                    })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
