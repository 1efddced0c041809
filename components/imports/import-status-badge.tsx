import { getTranslations } from "next-intl/server";

const TONE = {
  DRY_RUN: "bg-amber-100 text-amber-900",
  REFUSED: "bg-red-100 text-red-900",
  APPLIED: "bg-green-100 text-green-900",
  UNDONE: "bg-slate-200 text-slate-800",
} as const;

/** An import's status in words, with a colour that is never the only sign. */
export async function ImportStatusBadge({ status }: { status: keyof typeof TONE }) {
  const t = await getTranslations("imports.status");
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`}>{t(status)}</span>;
}
