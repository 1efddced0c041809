import type { Metadata } from "next";
import Link from "next/link";
import { dashboardHref } from "@/components/dashboards/dashboard-href";
import { Notices } from "@/components/dashboards/notices";
import { PrintButton } from "@/components/dashboards/print-button";
import { ReportCountsTable } from "@/components/dashboards/report-counts-table";
import { ReportOverdue, ReportSignals } from "@/components/dashboards/report-lists";
import { formatDate } from "@/lib/domain/format";
import { parseDashboardQuery } from "@/lib/schemas/dashboard";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { orNotFound } from "@/lib/server/dashboards/or-not-found";
import { getSummaryReport } from "@/lib/server/reports/get-summary-report";
import { reportPeriodText } from "@/lib/server/reports/report-period-text";

export const metadata: Metadata = { title: "Báo cáo tình hình thực hiện nhiệm vụ" };

/** The same report as the Excel file, laid out for paper (A4 landscape); navigation is hidden when printed. */
export default async function SummaryReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorOrRedirect();
  const { query, notices } = parseDashboardQuery(await searchParams, ["unit", "directive", "from", "to"] as const);
  const r = await orNotFound(getSummaryReport(actor, query, new Date()));
  const params = { ...query, unit: r.unit.id };
  return (
    <article className="bg-white p-6 print:p-0" data-testid="summary-report">
      <style>{"@page { size: A4 landscape; margin: 15mm; }"}</style>
      <div className="no-print mb-4 flex flex-wrap items-center gap-3">
        <PrintButton />
        <a className="text-sm text-brand-700 hover:underline" href={dashboardHref("/api/reports/summary.xlsx", params)}>Tải Excel</a>
        <Link className="text-sm text-brand-700 hover:underline" href={dashboardHref("/dashboard", params)}>← Bảng theo dõi</Link>
      </div>
      <Notices notices={notices} />
      <header className="mb-6 text-center">
        <p className="text-left text-sm font-semibold">BẢO HIỂM XÃ HỘI VIỆT NAM</p>
        <h1 className="mt-2 text-xl font-bold">BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ</h1>
        <p>Đơn vị: {r.unit.name}</p>
        <p>Kỳ báo cáo: {reportPeriodText(r.from, r.to)}</p>
        {r.directive && <p>Văn bản chỉ đạo: {r.directive.number} — {r.directive.subject}</p>}
        <p>Ngày lập báo cáo: {formatDate(r.generatedAt)}</p>
      </header>
      <ReportCountsTable rows={r.rows} total={r.total} />
      <p className="mt-1 text-xs text-slate-600">
        Số liệu đếm theo khâu công việc của nhiệm vụ không bị hủy; phân loại theo hạn hiện hành (sau gia hạn). Tỷ lệ đúng hạn = hoàn thành đúng hạn / tổng số đã hoàn thành.
      </p>
      <ReportSignals signals={r.signals} total={r.signalsTotal} />
      <ReportOverdue items={r.overdue} total={r.overdueTotal} />
    </article>
  );
}
