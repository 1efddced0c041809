import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TMessage } from "@/lib/i18n/message";
import { detectConsultationLate } from "./detect-consultation-late";
import { detectConsultationUnanswered as detectStoredConsultationUnanswered } from "./detect-consultation-unanswered";
import { resolveSignalAt } from "./working-days-since";
import { detectConsultationVague } from "./detect-consultation-vague";
import type { TSignalConsultation } from "./signal-input";
import { cal, consultation, eod, hn, input, plusMs, task } from "./signal-test-fixtures";

/**
 * The signals as read at `now` with `readCal`: the detector keeps an unanswered consultation's
 * count as workingDaysSince, and needs no calendar itself.
 */
const detectConsultationUnanswered = (
  data: Parameters<typeof detectStoredConsultationUnanswered>[0],
  readCal: typeof cal,
  now: Date,
) => detectStoredConsultationUnanswered(data, now).map((s) => resolveSignalAt(s, readCal, now));

const vi = (m: TMessage) => translate("vi", m);

const due = eod("2026-11-05"); // Thursday
const unitTargeted = { targetUserId: null, targetUnitId: "tc" };

describe("detectConsultationUnanswered", () => {
  it.each<[string, Partial<TSignalConsultation>, Date, [string | null, string][]]>([
    ["before the deadline", {}, hn("2026-11-05T16:00"), []],
    ["exactly at the deadline", {}, due, []],
    ["one millisecond after the deadline", {}, plusMs(due, 1), [["minh", "tc"]]],
    ["after the deadline", {}, hn("2026-11-10T09:00"), [["minh", "tc"]]],
    ["addressed to a unit, after the deadline", unitTargeted, hn("2026-11-10T09:00"), [[null, "tc"]]],
    ["answered (even late)", { answeredAt: hn("2026-11-09T09:00"), answeredById: "minh" }, hn("2026-11-10T09:00"), []],
  ])("%s", (_why, over, now, expected) => {
    const found = detectConsultationUnanswered(input({ consultations: [consultation(over)] }), cal, now);
    expect(found.map((s) => [s.subjectUserId, s.unitId])).toEqual(expected);
  });

  it("explains, naming the unit when no person was asked", () => {
    const [signal] = detectConsultationUnanswered(
      input({ consultations: [consultation(unitTargeted)] }),
      cal,
      hn("2026-11-10T09:00"),
    );
    expect(signal).toMatchObject({ key: "CONSULTATION_UNANSWERED:c1", since: due, metrics: { workingDaysOverdue: 3 } });
    expect(vi(signal.explanation)).toBe(
      "Vụ Tài chính chưa trả lời xin ý kiến của Nguyễn Thị Lan về khâu «Xử lý, dự thảo» " +
        "(nhiệm vụ «Rà soát quy chế»), đã quá hạn trả lời 3 ngày làm việc (hạn 05/11/2026).",
    );
  });

  it("ignores a consultation of a cancelled task", () => {
    const found = detectConsultationUnanswered(
      input({ tasks: [task({ status: "CANCELLED" })], consultations: [consultation()] }),
      cal,
      hn("2026-11-10T09:00"),
    );
    expect(found).toEqual([]);
  });
});

describe("detectConsultationLate", () => {
  it.each<[string, Partial<TSignalConsultation>, [string | null, number][]]>([
    ["answered before the deadline", { answeredAt: hn("2026-11-04T09:00"), answeredById: "minh" }, []],
    ["answered exactly at the deadline", { answeredAt: due, answeredById: "minh" }, []],
    ["answered two working days late", { answeredAt: hn("2026-11-09T09:00"), answeredById: "minh" }, [["minh", 2]]],
    [
      "addressed to a unit, answered late by one of its people",
      { ...unitTargeted, answeredAt: hn("2026-11-06T09:00"), answeredById: "minh" },
      [["minh", 1]],
    ],
    ["not answered", {}, []],
  ])("%s", (_why, over, expected) => {
    const found = detectConsultationLate(input({ consultations: [consultation(over)] }), cal);
    expect(found.map((s) => [s.subjectUserId, s.metrics.workingDaysLate])).toEqual(expected);
  });

  it("says who answered on behalf of a unit", () => {
    const late = consultation({ ...unitTargeted, answeredAt: hn("2026-11-06T09:00"), answeredById: "minh" });
    const [signal] = detectConsultationLate(input({ consultations: [late] }), cal);
    expect(vi(signal.explanation)).toBe(
      "Phạm Văn Minh (thay mặt Vụ Tài chính) trả lời xin ý kiến của Nguyễn Thị Lan về khâu «Xử lý, dự thảo» " +
        "(nhiệm vụ «Rà soát quy chế») chậm 1 ngày làm việc (hạn trả lời 05/11/2026, trả lời 06/11/2026).",
    );
  });
});

describe("detectConsultationVague", () => {
  const answered = { answeredAt: hn("2026-11-04T09:00"), answeredById: "minh" };
  it.each<[string, Partial<TSignalConsultation>, (string | null)[]]>([
    ["a clear answer", answered, []],
    ["marked vague", { ...answered, isVague: true, markedVagueAt: hn("2026-11-04T15:00") }, ["minh"]],
    ["addressed to a unit, marked vague", { ...answered, ...unitTargeted, isVague: true }, ["minh"]],
  ])("%s", (_why, over, expected) => {
    const found = detectConsultationVague(input({ consultations: [consultation(over)] }));
    expect(found.map((s) => s.subjectUserId)).toEqual(expected);
  });

  it("quotes the reason and dates the marking", () => {
    const vague = consultation({
      ...answered,
      isVague: true,
      markedVagueAt: hn("2026-11-04T15:00"),
      vagueReason: "Không nêu rõ đồng ý hay không",
    });
    const [signal] = detectConsultationVague(input({ consultations: [vague] }));
    expect(signal.since).toEqual(hn("2026-11-04T15:00"));
    expect(vi(signal.explanation)).toContain(
      "bị Nguyễn Thị Lan đánh giá là chung chung, né tránh ngày 04/11/2026: «Không nêu rõ đồng ý hay không».",
    );
  });
});
