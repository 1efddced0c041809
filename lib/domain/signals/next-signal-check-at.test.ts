import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectSignals } from "./detect-signals";
import { nextSignalCheckAt } from "./next-signal-check-at";
import { cal, consultation, eod, event, hn, input, plusMs, policy, step, task } from "./signal-test-fixtures";
import type { TSignalInput } from "./signal-input";

const DAY = 24 * 60 * 60 * 1000;
const at = (data: TSignalInput, now: Date) => nextSignalCheckAt(data, cal, policy, now).get("t1");
/** What a refresh would store: everything but detectedAt (a count that grows with time is stored as workingDaysSince). */
const stored = (data: TSignalInput, now: Date) =>
  detectSignals(data, cal, policy, now).map(
    (s) => `${s.key}|${JSON.stringify(s.explanation)}|${JSON.stringify(s.metrics)}`,
  );

describe("nextSignalCheckAt", () => {
  it.each([
    ["1 ms after the deadline of an open step", step(), hn("2026-11-11T10:00"), plusMs(eod("2026-11-12"), 1)],
    // Overdue, its working days grow but are counted when read; nothing stored changes until
    // the idleness reaches the threshold (last activity Monday 02/11 + 5 working days).
    [
      "the day it stalls once it is overdue, not every working day",
      step({ lastActivityAt: hn("2026-11-02T09:00") }),
      hn("2026-11-13T10:00"),
      null,
    ],
    [
      "the day it stalls, when that comes after the deadline",
      step({ lastActivityAt: hn("2026-11-10T09:00") }),
      hn("2026-11-13T10:00"),
      hn("2026-11-17T00:00"),
    ],
    [
      "the day the idleness reaches the threshold, before the deadline",
      step({ deadline: eod("2026-12-31"), lastActivityAt: hn("2026-11-02T09:00") }),
      hn("2026-11-03T10:00"),
      hn("2026-11-09T00:00"),
    ],
  ])("is %s", (_, s, now, expected) => {
    expect(at(input({ steps: [s] }), now)).toEqual(expected);
  });

  it("is null when only a write can change the signals (done, pending, returned, cancelled)", () => {
    for (const s of [
      step({ status: "DONE", completedAt: hn("2026-11-13T10:00") }),
      step({ status: "PENDING" }),
      step({ status: "RETURNED" }),
    ]) {
      expect(at(input({ steps: [s] }), hn("2026-11-20T10:00"))).toBeNull();
    }
    expect(
      at(input({ tasks: [task({ status: "CANCELLED" })], consultations: [consultation()] }), hn("2026-11-20T10:00")),
    ).toBeNull();
  });

  it("counts an event on the step as activity, like the stalled detector", () => {
    const data = input({
      steps: [step({ deadline: eod("2026-12-31"), lastActivityAt: hn("2026-11-02T09:00") })],
      events: [event(9, "STEP_PROGRESS", { at: hn("2026-11-09T09:00") })],
    });
    expect(at(data, hn("2026-11-10T10:00"))).toEqual(hn("2026-11-16T00:00"));
  });

  it("waits 1 ms past a consultation deadline, then only for a write (its working days are counted when read)", () => {
    const data = input({ steps: [step({ status: "PENDING" })], consultations: [consultation()] });
    expect(at(data, hn("2026-11-05T10:00"))).toEqual(plusMs(eod("2026-11-05"), 1));
    expect(at(data, hn("2026-11-06T10:00"))).toBeNull();
  });

  // The property the sweep relies on: nothing it would store changes before the moment given.
  it("is never late: the stored signals are the same at every instant before it", () => {
    const instant = fc.integer({ min: 0, max: 40 * DAY }).map((ms) => new Date(hn("2026-11-01T00:00").getTime() + ms));
    const status = fc.constantFrom("TODO", "IN_PROGRESS", "PENDING", "RETURNED", "DONE" as const);
    fc.assert(
      fc.property(
        instant,
        instant,
        instant,
        status,
        fc.boolean(),
        fc.boolean(),
        fc.option(instant),
        fc.integer({ min: 1, max: 1000 }),
        (deadline, lastActivity, now, st, approve, withConsultation, answeredAt, probe) => {
          const data = input({
            steps: [
              step({
                status: st,
                deadline,
                originalDeadline: deadline,
                lastActivityAt: lastActivity,
                kind: approve ? "APPROVE" : "HANDLE",
                completedAt: st === "DONE" ? lastActivity : null,
              }),
            ],
            consultations: withConsultation
              ? [consultation({ responseDeadline: deadline, answeredAt, answeredById: answeredAt ? "minh" : null })]
              : [],
          });
          const next = at(data, now);
          const horizon = next ? next.getTime() : now.getTime() + 60 * DAY;
          const later = new Date(now.getTime() + Math.floor(((horizon - now.getTime() - 1) * probe) / 1000));
          expect(stored(data, later)).toEqual(stored(data, now));
          if (next) expect(next.getTime()).toBeGreaterThan(now.getTime());
        },
      ),
      { numRuns: 400 },
    );
  });
});
