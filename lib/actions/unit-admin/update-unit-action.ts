"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZUpdateUnit } from "@/lib/schemas/unit-admin";
import { updateUnit } from "@/lib/server/unit-admin/update-unit";

export const updateUnitAction = createAction(ZUpdateUnit, (actor, input, now) => updateUnit(actor, input, now));
