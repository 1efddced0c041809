"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZMovePerson } from "@/lib/schemas/people-admin";
import { movePerson } from "@/lib/server/people-admin/move-person";

export const movePersonAction = createAction(ZMovePerson, (actor, input, now) => movePerson(actor, input, now));
