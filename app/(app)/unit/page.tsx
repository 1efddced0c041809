import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { priorityLabel, stepStatusLabel } from "@/components/work/labels";
import { isUnitHead } from "@/lib/domain/access/roles";
import { formatDate } from "@/lib/domain/format";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findUnitOpenTasks } from "@/lib/server/units/find-unit-open-tasks";

export const metadata: Metadata = { title: "Việc của đơn vị" };

const ZQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function UnitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorOrRedirect();
  if (!isUnitHead(actor)) notFound();
  const { page } = ZQuery.parse(await searchParams);
  const { items, total, pageCount } = await findUnitOpenTasks(actor, page, new Date());
  return (
    <>
      <PageHeader title="Việc của đơn vị" subtitle={`${actor.unitName} và các đơn vị trực thuộc · ${total} nhiệm vụ đang mở`} />
      {items.length === 0 ? (
        <EmptyState title="Đơn vị không có nhiệm vụ nào đang mở." />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="unit-tasks">
            <caption className="sr-only">Nhiệm vụ đang mở của đơn vị, hạn gần nhất trước</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">Nhiệm vụ</th>
                <th scope="col" className="px-3 py-2">Đơn vị chủ trì</th>
                <th scope="col" className="px-3 py-2">Khâu hiện tại</th>
                <th scope="col" className="px-3 py-2">Hạn</th>
                <th scope="col" className="px-3 py-2">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {items.map((t) => (
                <tr key={t.id} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2">
                    <Link href={`/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.title}</Link>
                    <div className="text-slate-500">{t.directive.number}{t.point ? ` · điểm ${t.point}` : ""} · Ưu tiên {priorityLabel[t.priority]}</div>
                  </td>
                  <td className="px-3 py-2">{t.leadUnit.name}</td>
                  <td className="px-3 py-2">
                    {t.steps[0] ? <>{t.steps[0].name}<div className="text-slate-500">{t.steps[0].owner.name} · {stepStatusLabel[t.steps[0].status]}</div></> : "—"}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDate(t.deadline)}</td>
                  <td className="px-3 py-2"><ClassificationBadge classification={t.classification} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/unit?page=${p}`} />
    </>
  );
}
