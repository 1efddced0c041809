"use client";

import { removeCalendarDayAction } from "@/lib/actions/calendar/remove-calendar-day-action";
import { formatLocalDate } from "@/lib/domain/format";
import { CalendarActionButton } from "./calendar-action-button";

export function RemoveCalendarDayButton({ date, name }: { date: string; name: string }) {
  return (
    <CalendarActionButton
      label="Xóa"
      ariaLabel={`Xóa ngày ${formatLocalDate(date)} khỏi lịch`}
      confirmText={`Xóa “${name}” (${formatLocalDate(date)}) khỏi lịch? Các hạn tính từ nay sẽ coi ngày này là ngày bình thường.`}
      run={() => removeCalendarDayAction({ date })}
    />
  );
}
