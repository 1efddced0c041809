"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRevokeDelegation } from "@/lib/schemas/delegation";
import { revokeDelegation } from "@/lib/server/delegations/revoke-delegation";

export const revokeDelegationAction = createAction(ZRevokeDelegation, async (actor, input, now) => {
  const revoked = await revokeDelegation(actor, input, now);
  return { id: revoked.id };
});
