import "server-only";
import { Document, Packer, type Paragraph, type Table } from "docx";
import { formatDate } from "@/lib/domain/format/format-date";
import type { TLocale } from "@/lib/i18n/locales";
import { docText } from "./doc-text";
import { grid, letterhead, line, signatures } from "./docx-parts";
import type { TInspectionDocument } from "./load-inspection-document";

/**
 * Biên bản kiểm tra: the letterhead, the parties (team and inspected unit), the checklist's
 * results, the findings and the two signatures (the inspected unit's representative, the team
 * lead). `number` is the minutes' number and symbol as the inspecting unit registers it.
 */
export async function buildMinutesDocx(i: TInspectionDocument, number: string, locale: TLocale, now: Date) {
  const { doc, label } = docText(locale);
  const lead = i.team.find((m) => m.role === "LEAD");
  const children: Array<Paragraph | Table> = [
    letterhead(doc, i.inspectingUnit.name, number),
    line(placeDate(doc, now), { italics: true, center: true }),
    line(doc("minutesTitle"), { bold: true, center: true, size: 28 }),
    line(doc("about", { subject: i.subject }), { center: true }),
    line(doc("kind", { kind: label(`kind.${i.kind}`) })),
    line(doc("period", { from: formatDate(i.periodFrom), to: formatDate(i.periodTo) })),
    line(doc("dates", { from: formatDate(i.startsOn), to: formatDate(i.endsOn) })),
    line(doc("parties"), { bold: true }),
    line(doc("team", { unit: i.inspectingUnit.name })),
    ...i.team.map((m) =>
      line(doc("teamMember", { name: m.user.name, title: m.user.title ?? "", role: label(`role.${m.role}`) })),
    ),
    line(doc("inspected", { unit: i.inspectedUnit.name })),
    ...(i.inspectedHead
      ? [line(doc("inspectedHead", { name: i.inspectedHead.name, title: i.inspectedHead.title ?? "" }))]
      : []),
    line(doc("checklist"), { bold: true }),
    i.checklist
      ? grid(
          [doc("colNo"), doc("colItem"), doc("colCitation"), doc("colResult"), doc("colNote")],
          i.checklist.items.map((item, n) => {
            const a = item.answers[0];
            return [
              String(n + 1),
              item.text,
              item.citation,
              a ? label(`result.${a.result}`) : doc("notAnswered"),
              a?.note ?? "",
            ];
          }),
          [6, 44, 18, 14, 18],
        )
      : line(doc("checklistNone")),
    line(doc("findings"), { bold: true }),
    ...(i.findings.length === 0
      ? [line(doc("findingsNone"))]
      : i.findings.map((f, n) =>
          line(doc("finding", { no: n + 1, severity: label(`severity.${f.severity}`), description: f.description })),
        )),
    line(doc("closing"), { italics: true }),
    signatures([
      { title: doc("signInspected"), note: doc("signNote"), name: i.inspectedHead?.name ?? "" },
      { title: doc("signLead"), note: doc("signNote"), name: lead?.user.name ?? "" },
    ]),
  ];
  return Packer.toBuffer(
    new Document({ creator: i.inspectingUnit.name, title: doc("minutesTitle"), sections: [{ children }] }),
  );
}

export function placeDate(doc: (k: string, v?: Record<string, string | number>) => string, now: Date) {
  const [day, month, year] = formatDate(now).split("/");
  return doc("placeDate", { day: day ?? "", month: month ?? "", year: year ?? "" });
}
