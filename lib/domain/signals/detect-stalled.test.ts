import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TMessage } from "@/lib/i18n/message";
import { detectStalled as detectStoredStalled } from "./detect-stalled";
import { resolveSignalAt } from "./working-days-since";
import type { TSignalStep } from "./signal-input";
import { cal, event, hn, input, policy, step } from "./signal-test-fixtures";

/** The signals as read at `now`: the detector keeps an open item's count as workingDaysSince. */
const detectStalled = (...args: Parameters<typeof detectStoredStalled>) =>
  detectStoredStalled(...args).map((s) => resolveSignalAt(s, args[1], args[args.length - 1] as Date));

const vi = (m: TMessage) => translate("vi", m);

describe("detectStalled (threshold 5 working days)", () => {
  it.each<[string, Date, Date, number | null]>([
    // Wednesday → Tuesday: 6 calendar days, 4 working days.
    ["across a weekend, 4 working days", hn("2026-03-04T09:00"), hn("2026-03-10T16:00"), null],
    ["across a weekend, exactly 5 working days", hn("2026-03-04T09:00"), hn("2026-03-11T08:00"), 5],
    // Friday before Tết (14–22/02/2026) → Thursday after: 13 calendar days, 4 working days.
    ["across Tết, 13 calendar days but 4 working days", hn("2026-02-13T16:00"), hn("2026-02-26T09:00"), null],
    ["across Tết, 5 working days", hn("2026-02-13T16:00"), hn("2026-02-27T09:00"), 5],
    ["across Tết, 6 working days", hn("2026-02-13T16:00"), hn("2026-03-02T09:00"), 6],
  ])("%s", (_why, lastActivityAt, now, idle) => {
    const found = detectStalled(input({ steps: [step({ lastActivityAt })] }), cal, policy, now);
    expect(found.map((s) => s.metrics.workingDaysIdle)).toEqual(idle == null ? [] : [idle]);
  });

  it.each<[string, Partial<TSignalStep>]>([
    ["a completed step", { status: "DONE", completedAt: hn("2026-03-05T09:00") }],
    ["a PENDING step", { status: "PENDING" }],
    ["a RETURNED step", { status: "RETURNED" }],
  ])("never flags %s", (_why, over) => {
    const found = detectStalled(
      input({ steps: [step({ lastActivityAt: hn("2026-03-04T09:00"), ...over })] }),
      cal,
      policy,
      hn("2026-03-20T09:00"),
    );
    expect(found).toEqual([]);
  });

  it("counts from the latest event on the step when it is later than lastActivityAt", () => {
    const events = [event(1, "EXTENSION_REQUESTED", { at: hn("2026-03-09T09:00") })];
    const stale = step({ lastActivityAt: hn("2026-03-02T09:00") });
    expect(detectStalled(input({ steps: [stale], events }), cal, policy, hn("2026-03-13T09:00"))).toEqual([]);
    const [signal] = detectStalled(input({ steps: [stale], events }), cal, policy, hn("2026-03-16T09:00"));
    expect(signal).toMatchObject({
      key: `STALLED:s1:${hn("2026-03-09T09:00").getTime()}`,
      subjectUserId: "lan",
      evidenceEventIds: ["e1"],
    });
    expect(vi(signal.explanation)).toBe(
      "Khâu «Xử lý, dự thảo» (nhiệm vụ «Rà soát quy chế») của Nguyễn Thị Lan không có cập nhật nào trong " +
        "5 ngày làm việc (lần cuối 09/03/2026, ngưỡng 5 ngày làm việc).",
    );
  });
});
