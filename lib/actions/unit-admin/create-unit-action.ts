"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateUnit } from "@/lib/schemas/unit-admin";
import { createUnit } from "@/lib/server/unit-admin/create-unit";

export const createUnitAction = createAction(ZCreateUnit, (actor, input, now) => createUnit(actor, input, now));
