import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TMessage } from "@/lib/i18n/message";
import { detectReturnOverruled } from "./detect-return-overruled";
import type { TSignalEvent } from "./signal-input";
import { event, handover, input } from "./signal-test-fixtures";

const vi = (m: TMessage) => translate("vi", m);

const returned = (seq: number, by: string) =>
  event(seq, "STEP_RETURNED", { actorId: by, reason: "Thuộc chức năng của Vụ Tài chính" });
const overruled = (seq: number) =>
  event(seq, "RETURN_OVERRULED", { actorId: "hung", reason: "Đúng chức năng được giao" });

describe("detectReturnOverruled", () => {
  it.each<[string, TSignalEvent[], (string | null)[]]>([
    ["a return the head overruled", [returned(1, "lan"), overruled(2)], ["lan"]],
    ["a return the head upheld", [returned(1, "lan"), handover(2, "lan", "minh", "hung", "RETURN_UPHELD")], []],
    [
      "two returns, both overruled",
      [returned(1, "lan"), overruled(2), returned(3, "lan"), overruled(4)],
      ["lan", "lan"],
    ],
    [
      "an upheld return does not make a later bare ruling its own",
      [
        returned(1, "binh"),
        handover(2, "binh", "lan", "hung", "RETURN_UPHELD"),
        event(3, "RETURN_OVERRULED", { actorId: "hung", payload: { returnedBy: "lan" } }),
      ],
      ["lan"],
    ],
    [
      "a bare ruling naming the returner (payload.returnedBy)",
      [event(1, "RETURN_OVERRULED", { actorId: "hung", payload: { returnedBy: "binh" } })],
      ["binh"],
    ],
  ])("%s", (_why, events, subjects) => {
    expect(detectReturnOverruled(input({ events })).map((s) => s.subjectUserId)).toEqual(subjects);
  });

  it("explains who returned it, why, and who overruled it, with both events as evidence", () => {
    const [signal] = detectReturnOverruled(input({ events: [returned(1, "lan"), overruled(2)] }));
    expect(signal).toMatchObject({
      key: "RETURN_OVERRULED:e2",
      kind: "RETURN_OVERRULED",
      stepId: "s1",
      evidenceEventIds: ["e1", "e2"],
      since: overruled(2).at,
    });
    expect(vi(signal.explanation)).toBe(
      "Nguyễn Thị Lan trả lại khâu «Xử lý, dự thảo» (nhiệm vụ «Rà soát quy chế») vì không thuộc thẩm quyền " +
        "ngày 01/11/2026 với lý do «Thuộc chức năng của Vụ Tài chính»; Lê Văn Hùng đã bác việc trả lại " +
        "ngày 02/11/2026 («Đúng chức năng được giao»).",
    );
  });
});
