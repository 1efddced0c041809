import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TMessage } from "@/lib/i18n/message";
import { detectOverdueNoExtension as detectStoredOverdueNoExtension } from "./detect-overdue-no-extension";
import { resolveSignalAt } from "./working-days-since";
import type { TSignalExtensionRequest, TSignalStep, TSignalTask } from "./signal-input";
import { cal, eod, extensionRequest, handover, hn, input, plusMs, step, task } from "./signal-test-fixtures";

/** The signals as read at `now`: the detector keeps an open item's count as workingDaysSince. */
const detectOverdueNoExtension = (...args: Parameters<typeof detectStoredOverdueNoExtension>) =>
  detectStoredOverdueNoExtension(...args).map((s) => resolveSignalAt(s, args[1], args[args.length - 1] as Date));

const vi = (m: TMessage) => translate("vi", m);

const deadline = eod("2026-11-12"); // Thursday
const wednesdayAfter = hn("2026-11-18T10:00");

describe("detectOverdueNoExtension", () => {
  it("names the owner, the working days and the deadline", () => {
    const [signal] = detectOverdueNoExtension(input(), cal, wednesdayAfter);
    expect(signal).toMatchObject({
      key: `OVERDUE_NO_EXTENSION:s1:${deadline.getTime()}`,
      kind: "OVERDUE_NO_EXTENSION",
      subjectUserId: "lan",
      unitId: "dd",
      taskId: "t1",
      stepId: "s1",
      since: deadline,
      metrics: { workingDaysOverdue: 4 },
    });
    expect(vi(signal.explanation)).toBe(
      "Khâu «Xử lý, dự thảo» (nhiệm vụ «Rà soát quy chế») của Nguyễn Thị Lan quá hạn 4 ngày làm việc " +
        "(hạn 12/11/2026) mà không xin gia hạn.",
    );
  });

  it("keeps the working days of a step still open as a count that grows with time, and those of a late completion as a number", () => {
    const [open] = detectStoredOverdueNoExtension(input(), cal, wednesdayAfter);
    expect(open.metrics).toEqual({ workingDaysOverdue: { workingDaysSince: deadline.toISOString() } });
    // The same row read a week later, with no write in between: one working week more.
    expect(resolveSignalAt(open, cal, hn("2026-11-25T10:00")).metrics).toEqual({ workingDaysOverdue: 9 });
    const [done] = detectStoredOverdueNoExtension(
      input({ steps: [step({ status: "DONE", completedAt: hn("2026-11-16T08:00") })] }),
      cal,
      wednesdayAfter,
    );
    expect(done.metrics).toEqual({ workingDaysOverdue: 2 });
  });

  it.each<[string, Partial<TSignalStep>, TSignalExtensionRequest[], Date, number]>([
    ["open, one day after the deadline", {}, [], hn("2026-11-13T10:00"), 1],
    ["open, now is exactly the deadline", {}, [], deadline, 0],
    ["open, one millisecond past the deadline", {}, [], plusMs(deadline, 1), 1],
    ["completed exactly at the deadline", { status: "DONE", completedAt: deadline }, [], wednesdayAfter, 0],
    [
      "completed after the deadline, seen later",
      { status: "DONE", completedAt: hn("2026-11-13T08:00") },
      [],
      wednesdayAfter,
      1,
    ],
    ["pending request by the owner before the deadline", {}, [extensionRequest()], wednesdayAfter, 0],
    [
      "refused request by the owner before the deadline",
      {},
      [extensionRequest({ status: "REJECTED" })],
      wednesdayAfter,
      0,
    ],
    [
      "request made only after the deadline",
      {},
      [extensionRequest({ createdAt: hn("2026-11-13T09:00") })],
      wednesdayAfter,
      1,
    ],
    ["request by someone else", {}, [extensionRequest({ requesterId: "hung" })], wednesdayAfter, 1],
    ["request for another step", {}, [extensionRequest({ stepId: "s2" })], wednesdayAfter, 1],
    ["PENDING step (an earlier step is late)", { status: "PENDING" }, [], wednesdayAfter, 0],
    ["RETURNED step (waiting for the head)", { status: "RETURNED" }, [], wednesdayAfter, 0],
    ["TODO step", { status: "TODO" }, [], wednesdayAfter, 1],
  ])("%s", (_why, over, requests, now, expected) => {
    const found = detectOverdueNoExtension(input({ steps: [step(over)], extensionRequests: requests }), cal, now);
    expect(found).toHaveLength(expected);
  });

  it("ignores the steps of a cancelled task", () => {
    const cancelled: TSignalTask = task({ status: "CANCELLED" });
    expect(detectOverdueNoExtension(input({ tasks: [cancelled] }), cal, wednesdayAfter)).toEqual([]);
  });

  describe("an extension approved after the original deadline passed", () => {
    const extended = step({ deadline: eod("2026-11-20"), originalDeadline: deadline });
    const approved = extensionRequest({ status: "APPROVED" });

    it("is not overdue before the new deadline", () => {
      const found = detectOverdueNoExtension(
        input({ steps: [extended], extensionRequests: [approved] }),
        cal,
        wednesdayAfter,
      );
      expect(found).toEqual([]);
    });

    it("is a new signal, keeping the original deadline, when the new one lapses silently", () => {
      const now = hn("2026-11-25T10:00");
      const [signal] = detectOverdueNoExtension(input({ steps: [extended], extensionRequests: [approved] }), cal, now);
      expect(signal.key).toBe(`OVERDUE_NO_EXTENSION:s1:${eod("2026-11-20").getTime()}`);
      expect(signal.metrics.workingDaysOverdue).toBe(3);
      expect(vi(signal.explanation)).toContain("(hạn 20/11/2026, hạn ban đầu 12/11/2026)");
    });
  });

  it("blames the holder at the deadline, not the person it was handed to afterwards", () => {
    const events = [
      { ...handover(1, null, "lan", "hung", "STEP_ASSIGNED"), at: hn("2026-11-02T09:00") },
      { ...handover(2, "lan", "binh", "hung"), at: hn("2026-11-16T09:00") },
    ];
    const [signal] = detectOverdueNoExtension(
      input({ steps: [step({ ownerId: "binh" })], events }),
      cal,
      wednesdayAfter,
    );
    expect(signal.subjectUserId).toBe("lan");
    expect(signal.evidenceEventIds).toEqual(["e1"]);
    expect(vi(signal.explanation)).toContain("Khâu nay do Trần Văn Bình phụ trách.");
  });

  it('says "hoàn thành muộn" with the completion date for a late completion', () => {
    const done = step({ status: "DONE", completedAt: hn("2026-11-16T15:00") });
    const [signal] = detectOverdueNoExtension(input({ steps: [done] }), cal, wednesdayAfter);
    expect(vi(signal.explanation)).toContain("hoàn thành muộn 2 ngày làm việc (hạn 12/11/2026, hoàn thành 16/11/2026)");
  });
});
