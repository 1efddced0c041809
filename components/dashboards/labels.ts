import type { TReportCategory } from "@/lib/domain/rollups/report-category";

/** Colours of the four report categories, shared by the cards, tables and charts. */
export const categoryTone: Record<TReportCategory, { text: string; ring: string; fill: string }> = {
  DONE_ON_TIME: { text: "text-sky-800", ring: "ring-sky-200", fill: "#0369a1" },
  DONE_LATE: { text: "text-orange-900", ring: "ring-orange-200", fill: "#ea580c" },
  IN_TIME: { text: "text-emerald-800", ring: "ring-emerald-200", fill: "#059669" },
  OVERDUE: { text: "text-red-800", ring: "ring-red-200", fill: "#b91c1c" },
};

/** The states of a signal's explanation (giải trình), labelled in the catalog at dashboard.answerStatus. */
export const answerStatuses = ["UNANSWERED", "ANSWERED", "ACCEPTED", "REJECTED"] as const;
export type TAnswerStatus = (typeof answerStatuses)[number];
export function isAnswerStatus(value: string): value is TAnswerStatus {
  return (answerStatuses as readonly string[]).includes(value);
}
