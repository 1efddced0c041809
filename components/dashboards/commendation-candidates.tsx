import Link from "next/link";
import { useTranslations } from "next-intl";
import { wordMessage, type TMessage } from "@/lib/i18n/message";

type TCandidate = {
  userId: string;
  doneOnTime: number;
  criteria: TMessage[];
  person: { id: string; name: string; unitName: string };
};

/** Candidates for commendation (biểu dương), most work done on time first, with every criterion they meet. */
export function CommendationCandidates({
  candidates,
  rules,
  personHref,
  decisionHref,
}: {
  candidates: TCandidate[];
  rules: TMessage[];
  personHref: (id: string) => string;
  /** The "Ghi quyết định" form for this candidate, or null when the actor may not record one about them. */
  decisionHref?: (id: string) => string | null;
}) {
  const t = useTranslations("dashboard.commendation");
  const tRoot = useTranslations();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="commendation-candidates">
      <details className="mb-3 text-sm">
        <summary className="cursor-pointer text-brand-700">{t("criteria")}</summary>
        <ul className="mt-2 list-disc pl-5 text-slate-700">
          {rules.map((r) => (
            <li key={r.key}>{wordMessage(tRoot, r)}</li>
          ))}
        </ul>
      </details>
      {candidates.length === 0 ? (
        <p className="text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {candidates.map((c) => (
            <li key={c.userId}>
              <Link href={personHref(c.userId)} className="font-medium text-brand-700 hover:underline">
                {c.person.name}
              </Link>
              <span className="text-slate-500">
                {" "}
                · {c.person.unitName} · {t("doneOnTime", { count: c.doneOnTime })}
              </span>
              {decisionHref?.(c.userId) && (
                <Link
                  href={decisionHref(c.userId)!}
                  className="ml-2 text-sm text-brand-700 underline"
                  aria-label={t("recordDecisionFor", { name: c.person.name })}
                  data-testid="record-commendation-decision"
                >
                  {t("recordDecision")}
                </Link>
              )}
              <ul className="list-disc pl-5 text-sm text-emerald-800">
                {c.criteria.map((m) => (
                  <li key={m.key}>{wordMessage(tRoot, m)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
