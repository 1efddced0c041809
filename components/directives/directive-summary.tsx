import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/domain/format/format-date";
import { AttachmentList, type TAttachment } from "./attachment-list";
import { isDirectiveKind } from "./directive-kind-label";

type TRef = { id: string; number: string; subject: string };
type TDirectiveSummary = {
  number: string;
  kind: string;
  issuer: string;
  issuedAt: Date;
  subject: string;
  summary: string | null;
  implements: TRef | null;
  implementedBy: TRef[];
  attachments: TAttachment[];
  createdBy: { name: string } | null;
};

const RefLink = ({ d }: { d: TRef }) => (
  <Link href={`/directives/${d.id}`} className="text-brand-700 hover:underline">
    {d.number}
  </Link>
);

export function DirectiveSummary({ directive: d }: { directive: TDirectiveSummary }) {
  const t = useTranslations("directives.summary");
  const tKind = useTranslations("enums.directiveKind");
  return (
    <section aria-label={t("label")} className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
      <p className="text-lg font-medium" data-testid="directive-subject">
        {d.subject}
      </p>
      {d.summary && <p className="mt-2 text-slate-700">{d.summary}</p>}
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("kind")}</dt>
          <dd>{isDirectiveKind(d.kind) ? tKind(d.kind) : d.kind}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("issuer")}</dt>
          <dd>{d.issuer}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("issuedOn")}</dt>
          <dd>
            <time dateTime={d.issuedAt.toISOString()}>{formatDate(d.issuedAt)}</time>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("implements")}</dt>
          <dd>
            {d.implements ? (
              <>
                <RefLink d={d.implements} /> <span className="text-slate-500">— {d.implements.subject}</span>
              </>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-500">{t("implementedBy")}</dt>
          <dd>
            {d.implementedBy.length === 0 ? (
              "—"
            ) : (
              <ul>
                {d.implementedBy.map((x) => (
                  <li key={x.id}>
                    <RefLink d={x} /> <span className="text-slate-500">— {x.subject}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {d.createdBy && (
          <div>
            <dt className="text-slate-500">{t("createdBy")}</dt>
            <dd>{d.createdBy.name}</dd>
          </div>
        )}
        <div className="sm:col-span-2 lg:col-span-3">
          <dt className="text-slate-500">{t("attachments")}</dt>
          <dd>
            <AttachmentList attachments={d.attachments} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
