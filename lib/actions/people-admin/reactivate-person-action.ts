"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZPersonRef } from "@/lib/schemas/people-admin";
import { setPersonActive } from "@/lib/server/people-admin/set-person-active";

export const reactivatePersonAction = createAction(ZPersonRef, (actor, input, now) =>
  setPersonActive(actor, { ...input, handovers: [], active: true }, now),
);
