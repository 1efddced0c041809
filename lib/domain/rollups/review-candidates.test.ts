import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import { reviewCandidates } from "./review-candidates";
import type { TRollupSignal } from "./rollup-types";
import { hn, november, signal } from "./rollup-test-fixtures";

const late = (consultationId: string, kind: TRollupSignal["kind"] = "CONSULTATION_LATE") =>
  signal({ kind, consultationId, key: `${kind}:${consultationId}` });
const summary = (signals: TRollupSignal[]) =>
  reviewCandidates(signals, november).map((c) => [c.userId, c.reasons.map((r) => [r.ruleId, r.count])]);

describe("reviewCandidates", () => {
  it.each<[string, TRollupSignal[], unknown[]]>([
    ["two overdue steps without extension", [signal(), signal()], [["lan", [["OVERDUE_NO_EXTENSION", 2]]]]],
    ["one overdue step without extension", [signal()], []],
    ["two, but one answer accepted as objective", [signal(), signal({ countsAgainstPerson: false })], []],
    ["two, but one before the period", [signal(), signal({ since: hn("2026-10-30T10:00") })], []],
    ["two, but one on 01/12 (the period is half-open)", [signal(), signal({ since: november.to })], []],
    ["the same step lapsing twice is one piece of work", [signal({ stepId: "s1" }), signal({ stepId: "s1" })], []],
    ["one overruled return", [signal({ kind: "RETURN_OVERRULED" })], [["lan", [["RETURN_OVERRULED", 1]]]]],
    ["one consultation answered both late and vaguely", [late("c1"), late("c1", "CONSULTATION_VAGUE")], []],
    [
      "two consultations, one late and one vague",
      [late("c1"), late("c2", "CONSULTATION_VAGUE")],
      [["lan", [["CONSULTATION", 2]]]],
    ],
    [
      "unanswered consultations addressed to a unit concern nobody",
      [late("c1", "CONSULTATION_UNANSWERED"), { ...late("c2", "CONSULTATION_UNANSWERED"), subjectUserId: null }],
      [],
    ],
    [
      "several reasons, most reasons first",
      [
        signal({ subjectUserId: "binh", kind: "RETURN_OVERRULED" }),
        signal(),
        signal(),
        signal({ kind: "RETURN_OVERRULED" }),
      ],
      [
        [
          "lan",
          [
            ["OVERDUE_NO_EXTENSION", 2],
            ["RETURN_OVERRULED", 1],
          ],
        ],
        ["binh", [["RETURN_OVERRULED", 1]]],
      ],
    ],
  ])("%s", (_why, signals, expected) => {
    expect(summary(signals)).toEqual(expected);
  });

  it("shows the criterion text and the matching signal keys", () => {
    const signals = [signal({ key: "a" }), signal({ key: "b" })];
    const [reason] = reviewCandidates(signals, november)[0].reasons;
    expect({ ...reason, text: translate("vi", reason.text) }).toEqual({
      ruleId: "OVERDUE_NO_EXTENSION",
      text: "Từ 2 việc quá hạn trở lên mà không xin gia hạn trong kỳ",
      count: 2,
      signalKeys: ["a", "b"],
    });
  });

  it("applies criteria given as data", () => {
    const text = msg("enums.classification.OVERDUE");
    const strict = [{ id: "ANY", kinds: ["OVERDUE_NO_EXTENSION" as const], atLeast: 1, text }];
    expect(reviewCandidates([signal()], november, strict).map((c) => c.reasons[0].text)).toEqual([text]);
  });
});
