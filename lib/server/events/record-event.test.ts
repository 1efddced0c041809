import { describe, expectTypeOf, it } from "vitest";
import type { EventKind } from "@/lib/server/db/generated/client";
import type { TEventKind } from "@/lib/schemas/event-payloads";
import type { TEventInput, TPlainEventKind } from "./record-event";
import type { TTaskEventInput } from "./record-task-event";

// Types only: what must not compile is marked @ts-expect-error, and `tsc` checks the marks.
const columns = { actorId: "u1", at: new Date(0), taskId: "t1", stepId: "s1" };

describe("the event inputs' types", () => {
  it("name every kind of the database's enum, and no other", () => {
    expectTypeOf<TEventKind>().toEqualTypeOf<EventKind>();
  });

  it("take each kind's payload and refuse another's", () => {
    expectTypeOf({
      ...columns,
      kind: "RETURN_OVERRULED",
      payload: { returnedBy: "u2" },
    } as const).toExtend<TTaskEventInput>();
    // @ts-expect-error the returner is `returnedBy`, not `from`
    const wrongKey: TTaskEventInput = { ...columns, kind: "RETURN_OVERRULED", payload: { from: "u2" } };
    // prettier-ignore
    // @ts-expect-error a refusal moves no deadline
    const extraKey: TTaskEventInput = { ...columns, kind: "EXTENSION_REJECTED", payload: { requestId: "r", previousDeadline: "x", newDeadline: "y" } };
    // @ts-expect-error a start has no payload keys
    const notEmpty: TTaskEventInput = { ...columns, kind: "STEP_STARTED", payload: { note: "x" } };
    expectTypeOf([wrongKey, extraKey, notEmpty]).toBeArray();
  });

  it("keep task events, which refresh signals, apart from the others", () => {
    expectTypeOf<Extract<TEventInput<TPlainEventKind>, { kind: "STEP_RETURNED" }>>().toBeNever();
    // @ts-expect-error a task event names its task
    const noTask: TTaskEventInput = { actorId: "u1", at: new Date(0), kind: "STEP_STARTED", payload: {} };
    // prettier-ignore
    // @ts-expect-error answering a signal is not a task event
    const signal: TTaskEventInput = { ...columns, kind: "SIGNAL_ANSWERED", payload: { signalId: "s", key: "k", kind: "STALLED", answerId: "a" } };
    expectTypeOf([noTask, signal]).toBeArray();
  });
});
