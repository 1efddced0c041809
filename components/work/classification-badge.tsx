import { classificationLabel, type TClassification } from "@/lib/domain/classification";

const tone: Record<TClassification["category"], string> = {
  IN_TIME: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  DUE_SOON: "bg-amber-50 text-amber-900 ring-amber-300",
  OVERDUE: "bg-red-50 text-red-800 ring-red-200",
  DONE_ON_TIME: "bg-sky-50 text-sky-800 ring-sky-200",
  DONE_LATE: "bg-orange-50 text-orange-900 ring-orange-200",
};

function detail(c: TClassification): string | null {
  switch (c.category) {
    case "IN_TIME":
    case "DUE_SOON":
      return c.workingDaysLeft === 0 ? "hạn hôm nay" : `còn ${c.workingDaysLeft} ngày làm việc`;
    case "OVERDUE":
      return c.workingDaysOverdue > 0 ? `quá ${c.workingDaysOverdue} ngày làm việc` : null;
    case "DONE_LATE":
      return c.workingDaysLate > 0 ? `chậm ${c.workingDaysLate} ngày làm việc` : null;
    default:
      return null;
  }
}

export function ClassificationBadge({ classification }: { classification: TClassification }) {
  const extra = detail(classification);
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tone[classification.category]}`}>
      {classificationLabel[classification.category]}
      {extra && <span className="font-normal">· {extra}</span>}
      {classification.isExtended && <span className="font-normal">· đã gia hạn</span>}
    </span>
  );
}
