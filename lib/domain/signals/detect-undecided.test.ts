import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TMessage } from "@/lib/i18n/message";
import { detectUndecided as detectStoredUndecided } from "./detect-undecided";
import { resolveSignalAt } from "./working-days-since";
import type { TSignalStep } from "./signal-input";
import { cal, eod, hn, input, step } from "./signal-test-fixtures";

/** The signals as read at `now`: the detector keeps an open item's count as workingDaysSince. */
const detectUndecided = (...args: Parameters<typeof detectStoredUndecided>) =>
  detectStoredUndecided(...args).map((s) => resolveSignalAt(s, args[1], args[args.length - 1] as Date));

const vi = (m: TMessage) => translate("vi", m);

const approve = { kind: "APPROVE" as const, name: "Phê duyệt, ký", ownerId: "hung" };
const wednesdayAfter = hn("2026-11-18T10:00");

describe("detectUndecided", () => {
  it.each<[string, Partial<TSignalStep>, number[]]>([
    ["an approval four working days overdue", approve, [4]],
    ["an approval due later", { ...approve, deadline: eod("2026-11-20") }, []],
    ["an approval decided exactly at the deadline", { ...approve, status: "DONE", completedAt: eod("2026-11-12") }, []],
    [
      "an approval decided one working day late",
      { ...approve, status: "DONE", completedAt: hn("2026-11-13T10:00") },
      [1],
    ],
    ["an overdue step that is not a decision", {}, []],
  ])("%s", (_why, over, expected) => {
    const found = detectUndecided(input({ steps: [step(over)] }), cal, wednesdayAfter);
    expect(found.map((s) => s.metrics.workingDaysOverdue)).toEqual(expected);
  });

  it("explains an undecided approval", () => {
    const [signal] = detectUndecided(input({ steps: [step(approve)] }), cal, wednesdayAfter);
    expect(signal.subjectUserId).toBe("hung");
    expect(vi(signal.explanation)).toBe(
      "Lê Văn Hùng chưa quyết định khâu «Phê duyệt, ký» (nhiệm vụ «Rà soát quy chế»), đã quá hạn " +
        "4 ngày làm việc (hạn 12/11/2026).",
    );
    expect(translate("en", signal.explanation)).toBe(
      "Lê Văn Hùng has not decided step “Phê duyệt, ký” (task “Rà soát quy chế”), which is 4 working days overdue " +
        "(deadline 12/11/2026).",
    );
  });
});
