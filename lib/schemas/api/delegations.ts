import { z } from "zod";
import { DELEGATION_SCOPES } from "../delegation";
import { ZApiId, ZInstant, ZLimitParam, ZLocalDay, ZPersonRef } from "./common";

export const ZApiDelegation = z.object({
  id: ZApiId,
  principal: ZPersonRef,
  deputy: ZPersonRef,
  scope: z.enum(DELEGATION_SCOPES),
  /** Local days (Asia/Ho_Chi_Minh), both included. */
  startsOn: ZLocalDay,
  endsOn: ZLocalDay,
  status: z.enum(["live", "upcoming", "ended", "revoked"]),
  reason: z.string().nullable(),
  createdBy: ZPersonRef,
  createdAt: ZInstant,
  revokedAt: ZInstant.nullable(),
});

export const ZDelegationListQuery = z.object({
  person: ZApiId.optional().meta({ description: "openapi.schemas.delegationPerson" }),
  limit: ZLimitParam(200, 100),
});

export const ZDelegationList = z.object({ items: z.array(ZApiDelegation) });
