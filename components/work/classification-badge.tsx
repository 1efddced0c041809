import { useTranslations } from "next-intl";
import type { TClassification } from "@/lib/domain/classification";

const tone: Record<TClassification["category"], string> = {
  IN_TIME: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  DUE_SOON: "bg-amber-50 text-amber-900 ring-amber-300",
  OVERDUE: "bg-red-50 text-red-800 ring-red-200",
  DONE_ON_TIME: "bg-sky-50 text-sky-800 ring-sky-200",
  DONE_LATE: "bg-orange-50 text-orange-900 ring-orange-200",
};

type TWork = ReturnType<typeof useTranslations<"work">>;

function detail(c: TClassification, t: TWork): string | null {
  switch (c.category) {
    case "IN_TIME":
    case "DUE_SOON":
      return c.workingDaysLeft === 0 ? t("dueToday") : t("daysLeft", { days: c.workingDaysLeft });
    case "OVERDUE":
      return c.workingDaysOverdue > 0 ? t("daysOverdue", { days: c.workingDaysOverdue }) : null;
    case "DONE_LATE":
      return c.workingDaysLate > 0 ? t("daysLate", { days: c.workingDaysLate }) : null;
    default:
      return null;
  }
}

export function ClassificationBadge({ classification }: { classification: TClassification }) {
  const t = useTranslations("work");
  const tEnums = useTranslations("enums");
  const extra = detail(classification, t);
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tone[classification.category]}`}
    >
      {tEnums(`classification.${classification.category}`)}
      {extra && <span className="font-normal">· {extra}</span>}
      {classification.isExtended && <span className="font-normal">· {t("extended")}</span>}
    </span>
  );
}
