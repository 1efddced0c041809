"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateDelegation } from "@/lib/schemas/delegation";
import { createDelegation } from "@/lib/server/delegations/create-delegation";

export const createDelegationAction = createAction(ZCreateDelegation, async (actor, input, now) => {
  const created = await createDelegation(actor, input, now);
  return { id: created.id };
});
