import { z } from "zod";
import { vt, type TValidationKey } from "@/lib/i18n/validation";

// zod's own messages are English ("Invalid input: expected string, received undefined") and
// name types. Every field names its own errors; this map is the backstop for any check that
// does not, so that what a person reads always says what to enter, in their own language (the
// parse's: lib/i18n/validation.ts). Imported by the field builders (text.ts, local-date.ts),
// which every schema module uses, so it is configured wherever a schema parses.

const KINDS = ["string", "number", "int", "boolean", "array", "object", "date"];
const FORMATS = ["uuid", "email", "date", "datetime"];

function message(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return vt("zod.missing");
      return vt("zod.expected", {
        kind: vt(`zod.kind.${KINDS.includes(issue.expected) ? issue.expected : "other"}` as TValidationKey),
      });
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? vt("zod.notEmpty") : vt("zod.minChars", { min });
      if (issue.origin === "array" || issue.origin === "set") return vt("zod.minItems", { min });
      return vt("zod.minValue", { min });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return vt("zod.maxChars", { max });
      if (issue.origin === "array" || issue.origin === "set") return vt("zod.maxItems", { max });
      return vt("zod.maxValue", { max });
    }
    case "invalid_format":
      return FORMATS.includes(issue.format)
        ? vt("zod.formatOf", { format: vt(`zod.formatName.${issue.format}` as TValidationKey) })
        : vt("zod.format");
    case "invalid_value":
      return vt("zod.oneOf", { values: issue.values.map((v) => String(v)).join(", ") });
    case "unrecognized_keys":
      return vt("zod.unknownKeys", { keys: issue.keys.join(", ") });
    case "not_multiple_of":
      return vt("zod.multipleOf", { divisor: String(issue.divisor) });
    default:
      return vt("zod.invalid");
  }
}

z.config({ customError: message });

// The pages' Content-Security-Policy forbids eval (proxy.ts). Zod 4 probes for it with
// `Function("")` on its first parse, to compile faster parsers, and the browser reports the
// probe as a policy violation. Jitless skips it there; a form parses no slower for it. Set
// here, where every schema module's first import runs, rather than in the root layout, which
// would put zod's 30 kB on every page (the forms load their schema when sent).
if (typeof window !== "undefined") z.config({ jitless: true });
