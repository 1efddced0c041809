import { z } from "zod";
import "@/lib/schemas/zod-vietnamese";

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

function textOf(label: string, forbidden: RegExp, allowed: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `Thiếu ${label}.` : `${capitalise(label)} phải là văn bản.`) })
    .refine((v) => !LONE_SURROGATE.test(v), `${capitalise(label)} chứa ký tự Unicode hỏng; hãy gõ lại.`)
    .normalize("NFC")
    .check((ctx) => {
      if (!forbidden.test(ctx.value)) return;
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${capitalise(label)} chứa ký tự điều khiển không được phép (${firstForbidden(ctx.value, forbidden)}); ${allowed}.`,
      });
    })
    .trim();
}

/** One line: names, titles, numbers and symbols. */
export function singleLineText(label: string) {
  return textOf(label, SINGLE_LINE_FORBIDDEN, "chỉ dùng chữ, số và dấu câu trên một dòng");
}

/** Notes, reasons, answers: newline and tab allowed. */
export function multiLineText(label: string) {
  return textOf(label, MULTI_LINE_FORBIDDEN, "chỉ được xuống dòng và dùng tab");
}

/** "lý do" → "Lý do": a label at the start of a message. */
export function capitalise(label: string): string {
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
}
