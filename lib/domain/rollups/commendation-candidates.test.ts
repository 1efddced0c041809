import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import { commendationCandidates } from "./commendation-candidates";
import type { TRollupItem, TRollupSignal } from "./rollup-types";
import { cal, eod, hn, item, november, now, signal } from "./rollup-test-fixtures";

const doneOnTime = (count: number, personId = "binh") =>
  Array.from({ length: count }, () =>
    item({ personId, deadline: eod("2026-11-12"), completedAt: hn("2026-11-10T10:00") }),
  );
const binhSignal = (over: Partial<TRollupSignal> = {}) => signal({ subjectUserId: "binh", ...over });

describe("commendationCandidates (at least 5 done on time)", () => {
  it.each<[string, TRollupItem[], TRollupSignal[], string[]]>([
    ["five done on time, no flags", doneOnTime(5), [], ["binh"]],
    ["only four done", doneOnTime(4), [], []],
    [
      "five on time and one late",
      [...doneOnTime(5), item({ personId: "binh", completedAt: hn("2026-11-13T10:00") })],
      [],
      [],
    ],
    ["five on time and one overdue in the period", [...doneOnTime(5), item({ personId: "binh" })], [], []],
    [
      "five on time and one overdue since last period",
      [...doneOnTime(5), item({ personId: "binh", deadline: eod("2026-10-20") })],
      [],
      [],
    ],
    ["five on time and one flag counting against them", doneOnTime(5), [binhSignal()], []],
    [
      "five on time and one flag whose answer was accepted",
      doneOnTime(5),
      [binhSignal({ countsAgainstPerson: false })],
      ["binh"],
    ],
    [
      "five on time and a flag from last period",
      doneOnTime(5),
      [binhSignal({ since: hn("2026-10-20T10:00") })],
      ["binh"],
    ],
    ["most done first", [...doneOnTime(5), ...doneOnTime(6, "an")], [], ["an", "binh"]],
  ])("%s", (_why, items, signals, expected) => {
    expect(commendationCandidates(items, signals, november, cal, now).map((c) => c.userId)).toEqual(expected);
  });

  it("returns the criteria met, as text", () => {
    const [found] = commendationCandidates(doneOnTime(6), [], november, cal, now, { minDoneOnTime: 3 });
    const candidate = { ...found, criteria: found.criteria.map((m) => translate("vi", m)) };
    expect(candidate).toEqual({
      userId: "binh",
      doneOnTime: 6,
      criteria: [
        "Hoàn thành từ 3 việc trở lên trong kỳ (6 việc)",
        "Tất cả việc hoàn thành trong kỳ đều đúng hạn (100%)",
        "Không có việc quá hạn, kể cả việc tồn từ kỳ trước",
        "Không có cảnh báo trách nhiệm nào bị tính trong kỳ",
      ],
    });
  });
});
