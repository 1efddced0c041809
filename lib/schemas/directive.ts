import { z } from "zod";
import { directiveKinds } from "./directive-kinds";
import { localDate } from "./local-date";
import { vm } from "@/lib/i18n/validation";
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
const NUMBER_FORMAT = vm("directive.numberFormat");

export const ZDirectiveNumber = singleLineText("directiveNumber")
  .min(1, vm("directive.numberMin"))
  .max(60, vm("directive.numberMax"))
  .regex(DIRECTIVE_NUMBER_PATTERN, NUMBER_FORMAT);

export const ZCreateDirective = z.object({
  number: ZDirectiveNumber,
  kind: z.enum(directiveKinds, vm("directive.kind")),
  issuer: singleLineText("issuer").min(2, vm("directive.issuerMin")).max(200, vm("directive.issuerMax")),
  issuedOn: localDate("directive.issuedOn"),
  subject: multiLineText("subject").min(5, vm("directive.subjectMin")).max(1000, vm("directive.subjectMax")),
  summary: multiLineText("summary").max(4000, vm("directive.summaryMax")).default(""),
  /** Number and symbol of the directive this one implements, e.g. 1251/BHXH-TCCB implements 280/CĐ-TTg. */
  implementsNumber: singleLineText("implementsNumber")
    .max(60, vm("directive.numberMax"))
    .refine((v) => v === "" || DIRECTIVE_NUMBER_PATTERN.test(v), NUMBER_FORMAT)
    .default(""),
});

export type TCreateDirective = z.infer<typeof ZCreateDirective>;
