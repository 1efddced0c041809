import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate, formatLocalDate } from "@/lib/domain/format";

type TDecision = {
  id: string;
  kind: "REVIEW" | "COMMENDATION" | "REWARD";
  periodKey: string | null;
  form: string;
  documentNumber: string;
  documentDate: Date;
  reason: string;
  createdAt: Date;
  user: { id: string; name: string };
  unit: { name: string };
  createdBy: { name: string };
  evidence: { signalIds: string[] };
  eventLinks: { id: string; taskId: string | null }[];
  evaluationLinks: { id: string; periodKey: string | null }[];
};

const kindStyle = {
  REVIEW: "bg-amber-100 text-amber-900",
  COMMENDATION: "bg-emerald-100 text-emerald-900",
  REWARD: "bg-sky-100 text-sky-900",
} as const;

/**
 * Decisions as cards, newest first: kind, person (unless the list is one person's history),
 * form, document, reason, and the evidence as links (a signal on the signals page, an event on
 * its task's page, an evaluation on its scorecard).
 */
export function DecisionList({ items, showPerson }: { items: TDecision[]; showPerson: boolean }) {
  const t = useTranslations("decisions");
  return (
    <ol className="space-y-3" data-testid="decision-list">
      {items.map((d) => (
        <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="decision">
          <p className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${kindStyle[d.kind]}`}>
              {t(`kind.${d.kind}`)}
            </span>
            {showPerson && (
              <span className="font-medium">
                {d.user.name} <span className="font-normal text-slate-500">· {d.unit.name}</span>
              </span>
            )}
            {d.periodKey && <span className="text-slate-600">{t("periodOf", { period: d.periodKey })}</span>}
          </p>
          <p className="mt-1 font-medium">{d.form}</p>
          <p className="text-slate-700">
            {t("document", {
              number: d.documentNumber,
              date: formatLocalDate(d.documentDate.toISOString().slice(0, 10)),
            })}
          </p>
          <p className="mt-1 whitespace-pre-line">{d.reason}</p>
          <Evidence d={d} />
          <p className="mt-2 text-xs text-slate-500">
            {t("recordedBy", { name: d.createdBy.name, date: formatDate(d.createdAt) })}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Evidence({ d }: { d: TDecision }) {
  const t = useTranslations("decisions");
  const links = [
    ...d.evidence.signalIds.map((id, i) => ({
      key: id,
      href: `/signals?personId=${d.user.id}&status=all#signal-${id}`,
      label: t("evidence.signal", { n: i + 1 }),
    })),
    ...d.eventLinks.map((e, i) => ({
      key: e.id,
      href: e.taskId ? `/tasks/${e.taskId}` : null,
      label: t("evidence.event", { n: i + 1 }),
    })),
    ...d.evaluationLinks.map((e) => ({
      key: e.id,
      href: e.periodKey ? `/evaluations/${d.user.id}/${e.periodKey}` : null,
      label: t("evidence.evaluation", { period: e.periodKey ?? "–" }),
    })),
  ];
  if (links.length === 0) return <p className="mt-2 text-slate-500">{t("evidence.none")}</p>;
  return (
    <p className="mt-2">
      <span className="text-slate-600">{t("evidence.title")} </span>
      {links.map((l, i) => (
        <span key={l.key}>
          {i > 0 && ", "}
          {l.href ? (
            <Link href={l.href} className="text-brand-700 underline">
              {l.label}
            </Link>
          ) : (
            l.label
          )}
        </span>
      ))}
    </p>
  );
}
