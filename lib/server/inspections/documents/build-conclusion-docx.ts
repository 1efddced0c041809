import "server-only";
import { Document, Packer, type Paragraph, type Table } from "docx";
import { formatDate } from "@/lib/domain/format/format-date";
import type { TLocale } from "@/lib/i18n/locales";
import { DomainError } from "@/lib/server/errors/domain-error";
import { msg } from "@/lib/i18n/message";
import { placeDate } from "./build-minutes-docx";
import { docText } from "./doc-text";
import { letterhead, line, signatures } from "./docx-parts";
import type { TInspectionDocument } from "./load-inspection-document";

/**
 * Kết luận kiểm tra: the letterhead with the conclusion's number, what was established, the
 * findings, each recommendation with its lead unit, deadline and the owner of each step, the
 * signature of the inspecting unit's head and the recipients. Only once issued.
 */
export async function buildConclusionDocx(i: TInspectionDocument, locale: TLocale) {
  const c = i.conclusion;
  if (!c) throw new DomainError("INVALID_STATE", msg("errors.conclusionMissing"));
  const { doc, label } = docText(locale);
  const children: Array<Paragraph | Table> = [
    letterhead(doc, i.inspectingUnit.name, c.directive.number),
    line(placeDate(doc, c.issuedAt), { italics: true, center: true }),
    line(doc("conclusionTitle"), { bold: true, center: true, size: 28 }),
    line(doc("about", { subject: c.directive.subject }), { center: true }),
    line(doc("period", { from: formatDate(i.periodFrom), to: formatDate(i.periodTo) })),
    line(doc("dates", { from: formatDate(i.startsOn), to: formatDate(i.endsOn) })),
    line(doc("conclusionBody"), { bold: true }),
    ...c.summary.split("\n").map((p) => line(p)),
    ...i.findings.map((f, n) =>
      line(doc("finding", { no: n + 1, severity: label(`severity.${f.severity}`), description: f.description })),
    ),
    line(doc("recommendations"), { bold: true }),
    ...c.recommendations.flatMap((r, n) => [
      line(
        doc("recommendation", {
          no: n + 1,
          title: r.task.title,
          unit: r.task.leadUnit.name,
          deadline: formatDate(r.task.deadline),
        }),
      ),
      ...r.task.steps.map((s) =>
        line(doc("recommendationStep", { step: s.name, owner: s.owner.name, deadline: formatDate(s.deadline) })),
      ),
    ]),
    signatures([
      { title: doc("recipients"), note: "", name: "" },
      { title: doc("signHead"), note: doc("signNote"), name: c.issuedBy.name },
    ]),
    line(doc("recipientInspected", { unit: i.inspectedUnit.name })),
    line(doc("recipientFile", { unit: i.inspectingUnit.name })),
  ];
  return Packer.toBuffer(
    new Document({ creator: i.inspectingUnit.name, title: doc("conclusionTitle"), sections: [{ children }] }),
  );
}
