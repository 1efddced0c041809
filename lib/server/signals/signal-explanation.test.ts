import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { localeOf, signalExplanation } from "./signal-explanation";

const stored = "Khâu «A» (nhiệm vụ «B») của Lan quá hạn 2 ngày làm việc (hạn 12/11/2026) mà không xin gia hạn.";
const message = msg("domain.signals.overdueOpen", {
  step: msg("domain.signals.step", { step: "A", task: "B" }), subject: "Lan",
  days: msg("domain.signals.workingDays", { days: 2 }), deadline: "12/11/2026", original: "", handedOn: "",
});

describe("signalExplanation", () => {
  it("words the stored sentence in the reader's language", () => {
    // As jsonb gives it back.
    const row = { explanation: stored, explanationMessage: JSON.parse(JSON.stringify(message)) as unknown };
    expect(signalExplanation(row, "vi")).toBe(stored);
    expect(signalExplanation(row, "en")).toBe(
      "Step “A” (task “B”) held by Lan is 2 working days overdue (deadline 12/11/2026) and no extension was requested.");
  });

  it("falls back to the Vietnamese text of a row written before the sentence was kept", () => {
    expect(signalExplanation({ explanation: stored, explanationMessage: null }, "en")).toBe(stored);
  });

  it("reads the actor's locale, Vietnamese when unknown", () => {
    expect(localeOf({ locale: "en" })).toBe("en");
    expect(localeOf({ locale: "fr" })).toBe("vi");
    expect(localeOf({})).toBe("vi");
  });
});
