import { z } from "zod";
import { singleLineText } from "./text";

export const ZSignIn = z.object({
  email: singleLineText("địa chỉ thư điện tử").min(1, "Nhập địa chỉ thư điện tử.").email("Địa chỉ thư điện tử không hợp lệ."),
  password: z.string({ error: "Nhập mật khẩu." }).min(1, "Nhập mật khẩu.").max(200, "Mật khẩu quá dài."),
});
export type TSignIn = z.infer<typeof ZSignIn>;
