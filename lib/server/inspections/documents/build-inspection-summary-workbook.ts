import "server-only";
import ExcelJS from "exceljs";
import type { TActor } from "@/lib/domain/access/roles";
import type { TLocale } from "@/lib/i18n/locales";
import { db } from "@/lib/server/db/prisma";
import { findInspections } from "../find-inspections";
import { docText } from "./doc-text";

/**
 * The summary of inspections per inspected unit for a period (inspections starting within
 * [from, to], yyyy-mm-dd), from the inspections the actor may see: how many, how many by
 * surprise, concluded, the findings and the recommendations (done, overdue at `now`), counted
 * only from inspections whose record the actor may read.
 */
export async function buildInspectionSummaryWorkbook(
  actor: TActor,
  period: { from: string; to: string },
  locale: TLocale,
  now: Date,
) {
  const { doc } = docText(locale);
  const inPeriod = (await findInspections(actor, {}, now)).filter((i) => {
    const day = i.startsOn.toISOString().slice(0, 10);
    return day >= period.from && day <= period.to;
  });
  const readable = inPeriod.filter((i) => i.conclusionVisible).map((i) => i.id);
  const [findings, recommendations] = await Promise.all([
    db.inspectionFinding.findMany({
      where: { inspectionId: { in: readable } },
      select: { inspectionId: true, severity: true },
    }),
    db.inspectionRecommendation.findMany({
      where: { conclusion: { inspectionId: { in: readable } } },
      select: { conclusion: { select: { inspectionId: true } }, task: { select: { status: true, deadline: true } } },
    }),
  ]);
  const rows = new Map<string, { unit: string; counts: number[] }>();
  const unitOf = new Map(inPeriod.map((i) => [i.id, i.inspectedUnit]));
  const bump = (inspectionId: string, column: number) => {
    const unit = unitOf.get(inspectionId)!;
    const row = rows.get(unit.id) ?? { unit: unit.name, counts: [0, 0, 0, 0, 0, 0, 0, 0] };
    row.counts[column] += 1;
    rows.set(unit.id, row);
  };
  for (const i of inPeriod) {
    bump(i.id, 0);
    if (i.kind === "SURPRISE") bump(i.id, 1);
    if (i.status === "CONCLUDED") bump(i.id, 2);
  }
  for (const f of findings) {
    bump(f.inspectionId, 3);
    if (f.severity === "SERIOUS") bump(f.inspectionId, 4);
  }
  for (const r of recommendations) {
    const id = r.conclusion.inspectionId;
    bump(id, 5);
    if (r.task.status === "COMPLETED") bump(id, 6);
    else if (r.task.status !== "CANCELLED" && r.task.deadline < now) bump(id, 7);
  }
  const wb = new ExcelJS.Workbook();
  wb.created = now;
  const sheet = wb.addWorksheet(doc("summarySheet"));
  sheet.addRow([doc("summaryTitle")]).font = { bold: true, size: 14 };
  sheet.addRow([doc("summaryPeriod", { from: dmy(period.from), to: dmy(period.to) })]);
  sheet.addRow([]);
  const header = sheet.addRow(
    [
      "sumUnit",
      "sumInspections",
      "sumSurprise",
      "sumConcluded",
      "sumFindings",
      "sumSerious",
      "sumRecommendations",
      "sumDone",
      "sumOverdue",
    ].map((k) => doc(k)),
  );
  header.font = { bold: true };
  for (const r of [...rows.values()].sort((a, b) => a.unit.localeCompare(b.unit, "vi")))
    sheet.addRow([r.unit, ...r.counts]);
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= 9; c++) sheet.getColumn(c).width = 16;
  return wb;
}

function dmy(localDate: string): string {
  const [y, m, d] = localDate.split("-");
  return `${d}/${m}/${y}`;
}
