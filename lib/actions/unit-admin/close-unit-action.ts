"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCloseUnit } from "@/lib/schemas/unit-admin";
import { closeUnit } from "@/lib/server/unit-admin/close-unit";

export const closeUnitAction = createAction(ZCloseUnit, (actor, input, now) => closeUnit(actor, input, now));
