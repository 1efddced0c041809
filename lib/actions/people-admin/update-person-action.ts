"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZUpdatePerson } from "@/lib/schemas/people-admin";
import { updatePerson } from "@/lib/server/people-admin/update-person";

export const updatePersonAction = createAction(ZUpdatePerson, (actor, input, now) => updatePerson(actor, input, now));
