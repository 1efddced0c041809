"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCalendarDateRef } from "@/lib/schemas/calendar";
import { removeCalendarDay } from "@/lib/server/calendar-admin/remove-calendar-day";

export const removeCalendarDayAction = createAction(ZCalendarDateRef, (actor, input, now) =>
  removeCalendarDay(actor, input, now),
);
