import { describe, expect, it } from "vitest";
import { applyAnswers, type TSignalAnswer } from "./apply-answers";
import { detectOverdueNoExtension } from "./detect-overdue-no-extension";
import { cal, hn, input } from "./signal-test-fixtures";

const [signal] = detectOverdueNoExtension(input(), cal, hn("2026-11-18T10:00"));
const answer = (status: TSignalAnswer["status"], signalKey = signal.key) => ({ signalKey, status });

describe("applyAnswers", () => {
  it.each<[string, TSignalAnswer[], string, boolean]>([
    ["no answer", [], "UNANSWERED", true],
    ["explained, not yet ruled on", [answer("ANSWERED")], "ANSWERED", true],
    ["accepted as an objective cause", [answer("ANSWERED"), answer("ACCEPTED")], "ACCEPTED", false],
    ["rejected by the head", [answer("ANSWERED"), answer("REJECTED")], "REJECTED", true],
    ["the last answer wins", [answer("ACCEPTED"), answer("REJECTED")], "REJECTED", true],
    ["an answer to another signal", [answer("ACCEPTED", "STALLED:s9:1")], "UNANSWERED", true],
  ])("%s", (_why, answers, status, counts) => {
    const [answered] = applyAnswers([signal], answers);
    expect(answered.answerStatus).toBe(status);
    expect(answered.countsAgainstPerson).toBe(counts);
  });

  it("keeps an accepted signal in the list, with its explanation and the answer itself", () => {
    const accepted = { ...answer("ACCEPTED"), text: "Chờ số liệu của Vụ Tài chính", decidedById: "hung" };
    const result = applyAnswers([signal], [accepted]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ key: signal.key, explanation: signal.explanation, answer: accepted });
  });
});
