"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZSetLocale } from "@/lib/schemas/profile";
import { setLocale } from "@/lib/server/profile/set-locale";

export const setLocaleAction = createAction(ZSetLocale, (actor, input) => setLocale(actor, input));
