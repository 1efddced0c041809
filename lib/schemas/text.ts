import { z } from "zod";
import { vLabel, vt, type TValidationLabel } from "@/lib/i18n/validation";
import "@/lib/schemas/zod-messages";

// Text as people type it, refused before it can reach PostgreSQL (which rejects a NUL with an
// error the user cannot act on) or confuse a reader: C0/C1 control characters and the bidi
// overrides that can make a name read differently from what is stored. Newline and tab are
// allowed only in multi-line text. Unicode is normalised to NFC first, so "Hà Nội" typed with
// combining marks and the precomposed one are the same string and the same name.

// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** Half of a UTF-16 pair on its own: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /\p{Cs}/u;
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The code point a person can look for, e.g. "U+0000". */
function firstForbidden(value: string, forbidden: RegExp): string {
  const char = value.match(forbidden)?.[0] ?? "";
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The field's label in the parse's language, as it reads inside and at the start of a sentence. */
function labelValues(label: TValidationLabel) {
  const text = vLabel(label);
  return { label: text, Label: capitalise(text) };
}

function textOf(
  label: TValidationLabel,
  forbidden: RegExp,
  allowed: "text.singleLineAllowed" | "text.multiLineAllowed",
) {
  return z
    .string({ error: (issue) => vt(issue.input === undefined ? "text.missing" : "text.notText", labelValues(label)) })
    .refine((v) => !LONE_SURROGATE.test(v), { error: () => vt("text.brokenUnicode", labelValues(label)) })
    .normalize("NFC")
    .check((ctx) => {
      if (!forbidden.test(ctx.value)) return;
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: vt("text.controlChar", {
          ...labelValues(label),
          char: firstForbidden(ctx.value, forbidden),
          allowed: vt(allowed),
        }),
      });
    })
    .trim();
}

/** One line: names, titles, numbers and symbols. `label` names the field in the validation catalog. */
export function singleLineText(label: TValidationLabel) {
  return textOf(label, SINGLE_LINE_FORBIDDEN, "text.singleLineAllowed");
}

/** Notes, reasons, answers: newline and tab allowed. */
export function multiLineText(label: TValidationLabel) {
  return textOf(label, MULTI_LINE_FORBIDDEN, "text.multiLineAllowed");
}

/** `.max(n)` with the field named: "Lý do quá dài (tối đa 2000 ký tự)." */
export function tooLong(label: TValidationLabel, max: number) {
  return { error: () => vt("text.tooLong", { ...labelValues(label), max }) };
}

/** "lý do" → "Lý do": a label at the start of a message. */
export function capitalise(label: string): string {
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
}
