import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import { checkTaskDeadlines } from "./check-task-deadlines";

const vi = (errors: Record<string, { key: string }[]>) =>
  Object.fromEntries(Object.entries(errors).map(([k, list]) => [k, list.map((m) => translate("vi", m as never))]));

const today = "2026-03-10";

describe("checkTaskDeadlines", () => {
  it.each([
    ["steps in order, ending on the deadline", "2026-03-20", ["2026-03-11", "2026-03-16", "2026-03-20"], {}],
    ["two steps due the same day", "2026-03-20", ["2026-03-12", "2026-03-12"], {}],
    ["everything due today", today, [today], {}],
    [
      "a task due yesterday",
      "2026-03-09",
      [today],
      { deadline: ["Hạn hoàn thành không được trước hôm nay (10/03/2026)."] },
    ],
    [
      "a step due in the past",
      "2026-03-20",
      ["2026-03-05", "2026-03-12"],
      { "steps.0.deadline": ["Hạn của khâu không được trước hôm nay (10/03/2026)."] },
    ],
    [
      "a step due before the previous one",
      "2026-03-20",
      ["2026-03-16", "2026-03-12"],
      { "steps.1.deadline": ["Các khâu làm lần lượt: hạn khâu này không được trước hạn khâu trước (16/03/2026)."] },
    ],
  ])("%s", (_label, deadline, stepDeadlines, fieldErrors) => {
    expect(vi(checkTaskDeadlines({ today, deadline, stepDeadlines }).fieldErrors)).toEqual(fieldErrors);
  });

  it.each([
    [
      "the last step is due after the task",
      "2026-03-13",
      ["2026-03-11", "2026-03-17"],
      null,
      /Khâu cuối có hạn 17\/03\/2026, sau hạn hoàn thành nhiệm vụ 13\/03\/2026/,
    ],
    [
      "a sub-task is due after its parent",
      "2026-03-25",
      ["2026-03-20"],
      "2026-03-24",
      /sau hạn của nhiệm vụ cha \(24\/03\/2026\)/,
    ],
  ])("warns, without blocking, when %s", (_label, deadline, stepDeadlines, parentDeadline, warning) => {
    const check = checkTaskDeadlines({ today, deadline, stepDeadlines, parentDeadline });
    expect(check.fieldErrors).toEqual({});
    expect(check.warnings).toHaveLength(1);
    expect(translate("vi", check.warnings[0])).toMatch(warning);
  });

  it("ignores dates the schema has already refused", () => {
    expect(checkTaskDeadlines({ today, deadline: "not a date", stepDeadlines: ["2026-02-30"] })).toEqual({
      fieldErrors: {},
      warnings: [],
    });
  });
});
