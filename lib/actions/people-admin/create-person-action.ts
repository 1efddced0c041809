"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreatePerson } from "@/lib/schemas/people-admin";
import { createPerson } from "@/lib/server/people-admin/create-person";

export const createPersonAction = createAction(ZCreatePerson, (actor, input, now) => createPerson(actor, input, now));
