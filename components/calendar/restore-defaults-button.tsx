"use client";

import { restoreDefaultCalendarAction } from "@/lib/actions/calendar/restore-default-calendar-action";
import { CalendarActionButton } from "./calendar-action-button";

export function RestoreDefaultsButton({ year }: { year: number }) {
  return (
    <CalendarActionButton
      label={`Khôi phục lịch mặc định năm ${year}`}
      confirmText={`Thay toàn bộ lịch năm ${year} bằng lịch mặc định đi kèm phần mềm? Các ngày đã thêm tay trong năm sẽ bị xóa.`}
      run={() => restoreDefaultCalendarAction({ year })}
    />
  );
}
