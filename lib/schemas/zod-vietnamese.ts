import { z } from "zod";

// zod's own messages are English ("Invalid input: expected string, received undefined"), and
// its Vietnamese locale names types ("mong đợi string"). Every field names its own errors; this
// map is the backstop for any check that does not, so that what a person reads always says,
// in Vietnamese, what to enter. Imported by the field builders (text.ts, local-date.ts), which
// every schema module uses, so it is configured wherever a schema parses.

const KIND: Record<string, string> = {
  string: "một đoạn văn bản",
  number: "một số",
  int: "một số nguyên",
  boolean: "đúng hoặc sai (true/false)",
  array: "một danh sách",
  object: "một đối tượng JSON (các trường và giá trị)",
  date: "một ngày",
};
const FORMAT: Record<string, string> = {
  uuid: "mã (UUID)",
  email: "địa chỉ thư điện tử",
  date: "ngày (yyyy-mm-dd)",
  datetime: "thời điểm (ISO 8601, có múi giờ)",
};

function vietnamese(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Thiếu thông tin bắt buộc.";
      return `Cần ${KIND[issue.expected] ?? "giá trị đúng kiểu"}.`;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "Không được để trống." : `Cần ít nhất ${min} ký tự.`;
      if (issue.origin === "array" || issue.origin === "set") return `Cần ít nhất ${min} mục.`;
      return `Phải từ ${min} trở lên.`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `Quá dài (tối đa ${max} ký tự).`;
      if (issue.origin === "array" || issue.origin === "set") return `Nhiều nhất ${max} mục.`;
      return `Phải từ ${max} trở xuống.`;
    }
    case "invalid_format":
      return `Không đúng định dạng${FORMAT[issue.format] ? ` ${FORMAT[issue.format]}` : ""}.`;
    case "invalid_value":
      return `Giá trị không hợp lệ; chọn một trong: ${issue.values.map((v) => String(v)).join(", ")}.`;
    case "unrecognized_keys":
      return `Trường không được hỗ trợ: ${issue.keys.join(", ")}.`;
    case "not_multiple_of":
      return `Phải là bội số của ${String(issue.divisor)}.`;
    default:
      return "Giá trị không hợp lệ.";
  }
}

z.config({ customError: vietnamese });

// The pages' Content-Security-Policy forbids eval (proxy.ts). Zod 4 probes for it with
// `Function("")` on its first parse, to compile faster parsers, and the browser reports the
// probe as a policy violation. Jitless skips it there; a form parses no slower for it. Set
// here, where every schema module's first import runs, rather than in the root layout, which
// would put zod's 30 kB on every page (the forms load their schema when sent).
if (typeof window !== "undefined") z.config({ jitless: true });
