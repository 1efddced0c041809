import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/domain/calendar";
import { workingDaysSince } from "@/lib/domain/signals";
import { msg } from "@/lib/i18n/message";
import { localeOf, signalExplanation } from "./signal-explanation";

const stored = "Khâu «A» (nhiệm vụ «B») của Lan quá hạn 2 ngày làm việc (hạn 12/11/2026) mà không xin gia hạn.";
const overdue = (days: Parameters<typeof workingDaysSince>[0] | number) =>
  msg("domain.signals.overdueOpen", {
    step: msg("domain.signals.step", { step: "A", task: "B" }),
    subject: "Lan",
    days: msg("domain.signals.workingDays", { days: typeof days === "number" ? days : workingDaysSince(days) }),
    deadline: "12/11/2026",
    original: "",
    handedOn: "",
  });
// As jsonb gives it back.
const asStored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const calendar = buildCalendar([]);
// Thursday 12/11/2026, 17:00 in Hà Nội.
const deadline = new Date("2026-11-12T10:00:00.000Z");
const clock = { calendar, now: new Date("2026-11-16T03:00:00.000Z") }; // Monday 16/11, 10:00

describe("signalExplanation", () => {
  it("words the stored sentence in the reader's language", () => {
    const row = { explanation: stored, explanationMessage: asStored(overdue(2)), resolvedAt: null };
    expect(signalExplanation(row, "vi", clock)).toBe(stored);
    expect(signalExplanation(row, "en", clock)).toBe(
      "Step “A” (task “B”) held by Lan is 2 working days overdue (deadline 12/11/2026) and no extension was requested.",
    );
  });

  it("counts the working days of an item still open to the moment of reading, without the row being rewritten", () => {
    const row = { explanation: stored, explanationMessage: asStored(overdue(deadline)), resolvedAt: null };
    // Friday 13 and Monday 16 have begun since the deadline; the weekend does not count.
    expect(signalExplanation(row, "vi", clock)).toBe(stored);
    const tuesday = { calendar, now: new Date("2026-11-17T03:00:00.000Z") };
    expect(signalExplanation(row, "vi", tuesday)).toBe(stored.replace("2 ngày", "3 ngày"));
    // A holiday on the Tuesday does not count either.
    const holiday = {
      calendar: buildCalendar([{ date: "2026-11-17", kind: "HOLIDAY", name: "Nghỉ bù" }]),
      now: tuesday.now,
    };
    expect(signalExplanation(row, "vi", holiday)).toBe(stored);
  });

  it("stops counting when the signal closed", () => {
    const row = { explanation: stored, explanationMessage: asStored(overdue(deadline)), resolvedAt: clock.now };
    expect(signalExplanation(row, "vi", { calendar, now: new Date("2026-12-01T03:00:00.000Z") })).toBe(stored);
  });

  it("falls back to the Vietnamese text of a row written before the sentence was kept", () => {
    expect(signalExplanation({ explanation: stored, explanationMessage: null, resolvedAt: null }, "en", clock)).toBe(
      stored,
    );
  });

  it("reads the actor's locale, Vietnamese when unknown", () => {
    expect(localeOf({ locale: "en" })).toBe("en");
    expect(localeOf({ locale: "fr" })).toBe("vi");
    expect(localeOf({})).toBe("vi");
  });
});
