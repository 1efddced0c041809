import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import { notificationKinds } from "./notification-kind";
import { notificationMessage, type TNotificationFacts } from "./notification-message";

const facts: Omit<TNotificationFacts, "kind"> = {
  actorName: "Nguyễn Văn An",
  stepName: "Dự thảo báo cáo",
  taskTitle: "Rà soát quy trình",
  signalKind: "STALLED",
};

describe("notificationMessage", () => {
  it.each(notificationKinds)("%s words a sentence naming the step and the task in both languages", (kind) => {
    for (const locale of ["vi", "en"] as const) {
      const sentence = translate(locale, notificationMessage({ kind, ...facts }));
      expect(sentence).toContain("Dự thảo báo cáo");
      expect(sentence).toContain("Rà soát quy trình");
      expect(sentence).not.toMatch(/[{}]/);
    }
  });

  it.each<[string, Partial<TNotificationFacts>, string]>([
    [
      "names who acted",
      { kind: "RETURN_OVERRULED" },
      "Nguyễn Văn An không chấp nhận việc bạn trả lại khâu «Dự thảo báo cáo» của nhiệm vụ «Rà soát quy trình»: khâu trở lại với bạn.",
    ],
    ["names the signal", { kind: "SIGNAL_RAISED" }, "Có cảnh báo về bạn: "],
    [
      "a task with no step",
      { kind: "STEP_ASSIGNED", stepName: null },
      "Nguyễn Văn An đã giao cho bạn nhiệm vụ «Rà soát quy trình».",
    ],
  ])("%s", (_name, change, expected) => {
    expect(translate("vi", notificationMessage({ ...facts, kind: "STEP_ASSIGNED", ...change }))).toContain(expected);
  });
});
