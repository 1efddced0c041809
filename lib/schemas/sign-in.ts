import { z } from "zod";

export const ZSignIn = z.object({
  email: z.string().trim().min(1, "Nhập địa chỉ thư điện tử.").email("Địa chỉ thư điện tử không hợp lệ."),
  password: z.string().min(1, "Nhập mật khẩu.").max(200, "Mật khẩu quá dài."),
});
export type TSignIn = z.infer<typeof ZSignIn>;
