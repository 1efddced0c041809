import { z } from "zod";
import { directiveKinds } from "./directive-kinds";
import { localDate } from "./local-date";
import { multiLineText, singleLineText } from "./text";

// One schema for the directive form, its server action and the server function.

export { directiveKinds };
export type TDirectiveKind = (typeof directiveKinds)[number];

/**
 * Number and symbol as printed on Vietnamese administrative documents: the number, an
 * optional year, then the issuer's symbol in hyphen-separated parts starting with a capital
 * letter: "1251/BHXH-TCCB", "280/CĐ-TTg", "2165/CT-BHXH", "05/2021/TT-TTCP".
 */
export const DIRECTIVE_NUMBER_PATTERN = /^\d{1,6}(\/\d{4})?\/\p{Lu}[\p{L}\d]*(-[\p{L}\d]+)*$/u;
const NUMBER_FORMAT = "Số, ký hiệu phải có dạng như 1251/BHXH-TCCB hoặc 280/CĐ-TTg (số/ký hiệu, không có dấu cách).";

export const ZDirectiveNumber = singleLineText("số, ký hiệu văn bản").min(1, "Nhập số, ký hiệu văn bản.").max(60, "Số, ký hiệu quá dài.").regex(DIRECTIVE_NUMBER_PATTERN, NUMBER_FORMAT);

export const ZCreateDirective = z.object({
  number: ZDirectiveNumber,
  kind: z.enum(directiveKinds, { message: "Chọn loại văn bản." }),
  issuer: singleLineText("cơ quan ban hành").min(2, "Nhập cơ quan ban hành.").max(200, "Tên cơ quan ban hành quá dài (tối đa 200 ký tự)."),
  issuedOn: localDate("Ngày ban hành không hợp lệ (dd/mm/yyyy)."),
  subject: multiLineText("trích yếu").min(5, "Nhập trích yếu, ví dụ “V/v tăng cường trách nhiệm…”.").max(1000, "Trích yếu quá dài (tối đa 1000 ký tự)."),
  summary: multiLineText("tóm tắt").max(4000, "Tóm tắt quá dài (tối đa 4000 ký tự).").default(""),
  /** Number and symbol of the directive this one implements, e.g. 1251/BHXH-TCCB implements 280/CĐ-TTg. */
  implementsNumber: singleLineText("số, ký hiệu văn bản được thực hiện")
    .max(60, "Số, ký hiệu quá dài.")
    .refine((v) => v === "" || DIRECTIVE_NUMBER_PATTERN.test(v), NUMBER_FORMAT)
    .default(""),
});

export type TCreateDirective = z.infer<typeof ZCreateDirective>;
