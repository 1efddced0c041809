import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { localDate } from "./local-date";
import { singleLineText } from "./text";

export const DELEGATION_SCOPES = ["STEPS", "HEAD_DECISIONS"] as const;

/**
 * A deputy for a range of local days, both included. `principalId` is for administrators (a
 * person names a deputy for themselves: omitted, or their own id); the server decides who the
 * caller may name one for, never the form.
 */
export const ZCreateDelegation = z.object({
  principalId: z.uuid(vm("delegation.badId")).optional(),
  deputyId: z.uuid(vm("delegation.deputy")),
  scope: z.enum(DELEGATION_SCOPES, vm("delegation.scope")),
  startsOn: localDate("delegation.startsOn"),
  endsOn: localDate("delegation.endsOn"),
  reason: singleLineText("delegationReason").max(500, vm("delegation.reasonMax")).optional(),
});

export const ZRevokeDelegation = z.object({ delegationId: z.uuid(vm("delegation.delegationBadId")) });

export type TCreateDelegation = z.infer<typeof ZCreateDelegation>;
export type TRevokeDelegation = z.infer<typeof ZRevokeDelegation>;
