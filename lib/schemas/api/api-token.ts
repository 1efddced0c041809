import { z } from "zod";
import { localDate } from "../local-date";
import { singleLineText } from "../text";

// Personal access tokens for the REST API, created and revoked on the profile page.

/** A token lives at most this many days; the server checks it against its own clock. */
export const API_TOKEN_MAX_DAYS = 365;

export const ZCreateApiToken = z.object({
  name: singleLineText("tên mã truy cập").min(3, "Đặt tên cho mã truy cập (ít nhất 3 ký tự), ví dụ “Hệ thống e-office”.").max(100, "Tên quá dài (tối đa 100 ký tự)."),
  /** The last day the token works (it stops at the end of that day, Asia/Ho_Chi_Minh). */
  expiresOn: localDate("Chọn ngày hết hạn (dd/mm/yyyy)."),
});

export const ZRevokeApiToken = z.object({ tokenId: z.uuid({ message: "Mã truy cập không hợp lệ." }) });

export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;
export type TRevokeApiToken = z.infer<typeof ZRevokeApiToken>;
