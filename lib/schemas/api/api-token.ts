import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { localDate } from "../local-date";
import { singleLineText } from "../text";

// Personal access tokens for the REST API, created and revoked on the profile page.

/** A token lives at most this many days; the server checks it against its own clock. */
export const API_TOKEN_MAX_DAYS = 365;

export const ZCreateApiToken = z.object({
  name: singleLineText("tokenName").min(3, vm("api.tokenNameMin")).max(100, vm("api.tokenNameMax")),
  /** The last day the token works (it stops at the end of that day, Asia/Ho_Chi_Minh). */
  expiresOn: localDate("api.tokenExpires"),
});

export const ZRevokeApiToken = z.object({ tokenId: z.uuid(vm("api.tokenBadId")) });

export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;
export type TRevokeApiToken = z.infer<typeof ZRevokeApiToken>;
