import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/domain/format/format-date";
import { isDirectiveKind } from "./directive-kind-label";
import { tableFrame } from "@/components/ui/table-frame";

export type TDirectiveRow = {
  id: string;
  number: string;
  kind: string;
  issuer: string;
  issuedAt: Date;
  subject: string;
  taskCount?: number;
};

export function DirectiveTable({ items, caption }: { items: TDirectiveRow[]; caption: string }) {
  const t = useTranslations("directives.table");
  const tKind = useTranslations("enums.directiveKind");
  const withTasks = items.some((d) => d.taskCount !== undefined);
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="directive-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("number")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("subject")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("issuer")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("date")}
            </th>
            {withTasks && (
              <th scope="col" className="px-3 py-2 text-right">
                {t("tasks")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <Link href={`/directives/${d.id}`} className="font-medium text-brand-700 hover:underline">
                  {d.number}
                </Link>
                <div className="text-slate-500">{isDirectiveKind(d.kind) ? tKind(d.kind) : d.kind}</div>
              </td>
              <td className="px-3 py-2">{d.subject}</td>
              <td className="px-3 py-2">{d.issuer}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(d.issuedAt)}</td>
              {withTasks && <td className="px-3 py-2 text-right tabular-nums">{d.taskCount ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
