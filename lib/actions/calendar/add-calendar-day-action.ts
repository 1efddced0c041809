"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCalendarEntry } from "@/lib/schemas/calendar";
import { addCalendarDay } from "@/lib/server/calendar-admin/add-calendar-day";

export const addCalendarDayAction = createAction(ZCalendarEntry, (actor, input, now) =>
  addCalendarDay(actor, input, now),
);
