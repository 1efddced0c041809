import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TMessage } from "@/lib/i18n/message";
import { detectPingPong } from "./detect-ping-pong";
import type { TSignalEvent } from "./signal-input";
import { event, handover, input, policy } from "./signal-test-fixtures";

const vi = (m: TMessage) => translate("vi", m);

const detect = (events: TSignalEvent[]) => detectPingPong(input({ events }), policy);
const summary = (events: TSignalEvent[]) =>
  detect(events).map((s) => [s.subjectUserId, s.metrics.bounces, s.metrics.longestRun]);

const taskHandover = (seq: number, from: string, to: string) => ({ ...handover(seq, from, to, "hung"), stepId: null });

describe("detectPingPong: the loop it names", () => {
  it.each<[string, TSignalEvent[], string[], string[], number[], string]>([
    [
      "A→B→A in one unit",
      [handover(1, "lan", "binh", "lan"), handover(2, "binh", "lan", "binh")],
      ["lan@dd", "binh@dd"],
      ["dd"],
      [1, 2],
      "Nguyễn Thị Lan (BHXH quận Đống Đa), Trần Văn Bình (BHXH quận Đống Đa)",
    ],
    [
      "a return upheld to another unit and back: both units, not only the last holder's",
      [
        handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
        event(2, "STEP_RETURNED", { actorId: "lan" }),
        handover(3, "lan", "minh", "hung", "RETURN_UPHELD"),
        event(4, "STEP_RETURNED", { actorId: "minh" }),
        handover(5, "minh", "lan", "hung", "RETURN_UPHELD"),
      ],
      ["lan@dd", "minh@tc"],
      ["dd", "tc"],
      [1, 3, 5],
      "Nguyễn Thị Lan (BHXH quận Đống Đa), Phạm Văn Minh (Vụ Tài chính). Đơn vị liên quan: BHXH quận Đống Đa, Vụ Tài chính.",
    ],
    [
      "four reassignments round three people",
      [
        handover(1, "lan", "binh", "hung"),
        handover(2, "binh", "an", "hung"),
        handover(3, "an", "lan", "hung"),
        handover(4, "lan", "binh", "hung"),
      ],
      ["lan@dd", "binh@dd", "an@dd"],
      ["dd"],
      [1, 2, 3, 4],
      "Nguyễn Thị Lan (BHXH quận Đống Đa), Trần Văn Bình (BHXH quận Đống Đa), Đỗ Thị An (BHXH quận Đống Đa)",
    ],
    [
      "a task (no step) bounced between units",
      [taskHandover(1, "lan", "minh"), taskHandover(2, "minh", "lan")],
      ["lan@dd", "minh@tc"],
      ["dd", "tc"],
      [1, 2],
      "Đơn vị liên quan: BHXH quận Đống Đa, Vụ Tài chính. Các lần chuyển: sự kiện #1 lúc 01/11/2026 09:00, sự kiện #2 lúc 02/11/2026 09:00.",
    ],
  ])("%s", (_why, events, people, unitIds, seqs, text) => {
    const signals = detect(events);
    expect(signals.length).toBeGreaterThan(0);
    for (const signal of signals) {
      expect(signal.loop!.people.map((p) => `${p.id}@${p.unitId}`)).toEqual(people);
      expect(signal.loop!.units.map((u) => u.id)).toEqual(unitIds);
      expect(signal.loop!.handovers.map((h) => h.seq)).toEqual(seqs);
      expect(signal.loop!.handovers.map((h) => h.eventId)).toEqual(seqs.map((n) => `e${n}`));
      expect(signal.loop!.handovers.map((h) => h.at)).toEqual(seqs.map((n) => event(n, "STEP_REASSIGNED").at));
      expect(vi(signal.explanation)).toContain(text);
    }
  });

  it("names the units of everyone in a cross-unit loop, whichever passer the signal is about", () => {
    const [signal] = detect([
      handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
      handover(3, "lan", "minh", "hung", "RETURN_UPHELD"),
      handover(5, "minh", "lan", "hung", "RETURN_UPHELD"),
    ]);
    expect(signal).toMatchObject({ subjectUserId: "minh", unitId: "tc" });
    expect(signal.loop!.handovers[1]).toMatchObject({
      kind: "RETURN_UPHELD",
      actorId: "hung",
      fromUserId: "lan",
      toUserId: "minh",
    });
    expect(vi(signal.explanation)).toContain("Nguyễn Thị Lan (BHXH quận Đống Đa)");
  });
});

describe("detectPingPong", () => {
  it.each<[string, TSignalEvent[], (string | number | null)[][]]>([
    ["assigned once", [handover(1, null, "lan", "hung", "STEP_ASSIGNED")], []],
    ["A→B, passed on once", [handover(1, null, "lan", "hung", "STEP_ASSIGNED"), handover(2, "lan", "binh", "lan")], []],
    [
      "A→B→A, B passed it back",
      [
        handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
        handover(2, "lan", "binh", "lan"),
        handover(3, "binh", "lan", "binh"),
      ],
      [["binh", 1, 0]],
    ],
    [
      "A→B→A→B by the people themselves: one signal each",
      [
        handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
        handover(2, "lan", "binh", "lan"),
        handover(3, "binh", "lan", "binh"),
        handover(4, "lan", "binh", "lan"),
      ],
      [
        ["binh", 1, 0],
        ["lan", 1, 0],
      ],
    ],
    [
      "A→B→A→B all done by the head: one signal, two bounces",
      [
        handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
        handover(2, "lan", "binh", "hung"),
        handover(3, "binh", "lan", "hung"),
        handover(4, "lan", "binh", "hung"),
      ],
      [["hung", 2, 0]],
    ],
    [
      "A→B→C→A, three reassignments (not more than 3), no bounce",
      [handover(1, "lan", "binh", "hung"), handover(2, "binh", "an", "hung"), handover(3, "an", "lan", "hung")],
      [],
    ],
    [
      "A→B→C→A→B, four reassignments without progress",
      [
        handover(1, "lan", "binh", "hung"),
        handover(2, "binh", "an", "hung"),
        handover(3, "an", "lan", "hung"),
        handover(4, "lan", "binh", "hung"),
      ],
      [["hung", 0, 4]],
    ],
    [
      "the same four with progress in the middle",
      [
        handover(1, "lan", "binh", "hung"),
        handover(2, "binh", "an", "hung"),
        event(3, "STEP_PROGRESS"),
        handover(4, "an", "lan", "hung"),
        handover(5, "lan", "binh", "hung"),
      ],
      [],
    ],
    [
      "STEP_STARTED is not progress",
      [
        handover(1, "lan", "binh", "hung"),
        handover(2, "binh", "an", "hung"),
        event(3, "STEP_STARTED"),
        handover(4, "an", "lan", "hung"),
        handover(5, "lan", "binh", "hung"),
      ],
      [["hung", 0, 4]],
    ],
    [
      "a bounce counts even after progress",
      [handover(1, "lan", "binh", "lan"), event(2, "STEP_PROGRESS"), handover(3, "binh", "lan", "binh")],
      [["binh", 1, 0]],
    ],
    [
      "a handover to the current holder is ignored",
      [
        handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
        handover(2, "lan", "lan", "hung"),
        handover(3, "lan", "binh", "lan"),
      ],
      [],
    ],
  ])("%s", (_why, events, expected) => {
    expect(summary(events)).toEqual(expected);
  });

  it("counts the round trips of A→B→A→B and explains them", () => {
    const [signal] = detect([
      handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
      handover(2, "lan", "binh", "hung"),
      handover(3, "binh", "lan", "hung"),
      handover(4, "lan", "binh", "hung"),
    ]);
    expect(signal).toMatchObject({
      key: "PING_PONG:s1:hung",
      subjectUserId: "hung",
      stepId: "s1",
      since: handover(3, "binh", "lan", "hung").at,
      metrics: { bounces: 2, longestRun: 0, totalBounces: 2 },
      evidenceEventIds: ["e2", "e3", "e4"],
    });
    expect(vi(signal.explanation)).toBe(
      "Lê Văn Hùng đã chuyển khâu «Xử lý, dự thảo» (nhiệm vụ «Rà soát quy chế») qua lại 2 lần " +
        "(Nguyễn Thị Lan → Trần Văn Bình → Nguyễn Thị Lan → Trần Văn Bình). " +
        "Những người trong vòng: Nguyễn Thị Lan (BHXH quận Đống Đa), Trần Văn Bình (BHXH quận Đống Đa). " +
        "Đơn vị liên quan: BHXH quận Đống Đa. " +
        "Các lần chuyển: sự kiện #1 lúc 01/11/2026 09:00, sự kiện #2 lúc 02/11/2026 09:00, sự kiện #3 lúc 03/11/2026 09:00, sự kiện #4 lúc 04/11/2026 09:00.",
    );
  });

  it('blames the person whose "not my remit" return was upheld back to the first holder', () => {
    const events = [
      handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
      event(2, "STEP_RETURNED", { actorId: "lan" }),
      handover(3, "lan", "minh", "hung", "RETURN_UPHELD"),
      event(4, "STEP_RETURNED", { actorId: "minh" }),
      handover(5, "minh", "lan", "hung", "RETURN_UPHELD"),
    ];
    const [signal] = detect(events);
    expect(signal).toMatchObject({ subjectUserId: "minh", unitId: "tc", metrics: { bounces: 1 } });
  });

  it("finds a task bounced between units (task-level events, no step)", () => {
    const [signal] = detect([taskHandover(1, "lan", "minh"), taskHandover(2, "minh", "lan")]);
    expect(signal).toMatchObject({ key: "PING_PONG:task:t1:hung", stepId: null, metrics: { bounces: 1 } });
    expect(vi(signal.explanation)).toContain("(Nguyễn Thị Lan → Phạm Văn Minh → Nguyễn Thị Lan)");
  });

  it("rejects a threshold that is not a positive integer", () => {
    expect(() => detectPingPong(input(), { pingPongReassignments: 0 })).toThrow(RangeError);
  });
});
