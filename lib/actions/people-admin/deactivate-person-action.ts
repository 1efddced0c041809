"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZDeactivatePerson } from "@/lib/schemas/people-admin";
import { setPersonActive } from "@/lib/server/people-admin/set-person-active";

export const deactivatePersonAction = createAction(ZDeactivatePerson, (actor, input, now) =>
  setPersonActive(actor, { ...input, active: false }, now),
);
