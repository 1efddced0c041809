"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCalendarYear } from "@/lib/schemas/calendar";
import { restoreDefaultCalendar } from "@/lib/server/calendar-admin/restore-default-calendar";

export const restoreDefaultCalendarAction = createAction(ZCalendarYear, (actor, input, now) =>
  restoreDefaultCalendar(actor, input, now),
);
