import { describe, expect, it } from "vitest";
import { msg } from "../../i18n/message";
import { translate } from "../../i18n/translate";
import { cal, eod, hn } from "./signal-test-fixtures";
import { resolveMessageAt, resolveMetricsAt, workingDaysAt, workingDaysSince } from "./working-days-since";

const deadline = eod("2026-11-12"); // Thursday

describe("workingDaysSince", () => {
  it("is kept as JSON keeps it, and counted by local date at the moment of reading", () => {
    const count = workingDaysSince(deadline);
    expect(JSON.parse(JSON.stringify(count))).toEqual(count);
    expect(workingDaysAt(count, cal, hn("2026-11-12T23:00"))).toBe(0);
    expect(workingDaysAt(count, cal, hn("2026-11-13T08:00"))).toBe(1);
    // The weekend does not count.
    expect(workingDaysAt(count, cal, hn("2026-11-15T20:00"))).toBe(1);
    expect(workingDaysAt(count, cal, hn("2026-11-16T08:00"))).toBe(2);
    // Read before its start (a clock behind the writer's), it is 0, never negative.
    expect(workingDaysAt(count, cal, hn("2026-11-10T08:00"))).toBe(0);
    expect(workingDaysAt(7, cal, hn("2026-11-16T08:00"))).toBe(7);
  });

  it("is resolved inside nested sentences and metrics, leaving every other value alone", () => {
    const sentence = msg("domain.signals.overdueOpen", {
      step: msg("domain.signals.step", { step: "A", task: "B" }),
      subject: "Lan",
      days: msg("domain.signals.workingDays", { days: workingDaysSince(deadline) }),
      deadline: "12/11/2026",
      original: "",
      handedOn: "",
    });
    const monday = hn("2026-11-16T08:00");
    expect(translate("vi", resolveMessageAt(sentence, cal, monday))).toBe(
      "Khâu «A» (nhiệm vụ «B») của Lan quá hạn 2 ngày làm việc (hạn 12/11/2026) mà không xin gia hạn.",
    );
    expect(resolveMetricsAt({ workingDaysOverdue: workingDaysSince(deadline), bounces: 3 }, cal, monday)).toEqual({
      workingDaysOverdue: 2,
      bounces: 3,
    });
  });

  it("cannot be worded before it is counted", () => {
    const sentence = msg("domain.signals.workingDays", { days: workingDaysSince(deadline) });
    expect(() => translate("vi", sentence)).toThrow(/resolve the working days since/);
  });
});
