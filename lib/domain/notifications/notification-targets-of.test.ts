import { describe, expect, it } from "vitest";
import type { TEventPayload } from "../../schemas/event-payloads";
import { notificationTargetsOf, type TNotificationTarget } from "./notification-targets-of";

const at = "2026-12-01T10:00:00.000Z";
const handover = { from: "a", to: "b", fromUnitId: "ua", toUnitId: "ub" };
const signal = { signalId: "s1", key: "k", kind: "STALLED" as const, answerId: "ans" };

describe("notificationTargetsOf: which event notifies whom", () => {
  it.each<[string, TEventPayload, TNotificationTarget[]]>([
    [
      "a step assigned: its owner",
      { kind: "STEP_ASSIGNED", payload: { to: "b", toUnitId: "ub", deadline: at } },
      [{ kind: "STEP_ASSIGNED", to: "user", userId: "b" }],
    ],
    [
      "a step handed on: the new owner",
      { kind: "STEP_REASSIGNED", payload: handover },
      [{ kind: "STEP_ASSIGNED", to: "user", userId: "b" }],
    ],
    [
      "a step done: the next step's owner, whose turn it is",
      { kind: "STEP_COMPLETED", payload: { result: "x" } },
      [{ kind: "STEP_TURN", to: "nextStepOwner" }],
    ],
    [
      "a return: the heads of the step's unit, who rule on it",
      { kind: "STEP_RETURNED", payload: { from: "a", fromUnitId: "ua" } },
      [{ kind: "RETURN_AWAITING_RULING", to: "headsOfUnit", unitId: "ua" }],
    ],
    [
      "a return upheld: who returned it, and who gets the step",
      { kind: "RETURN_UPHELD", payload: handover },
      [
        { kind: "RETURN_UPHELD", to: "user", userId: "a" },
        { kind: "STEP_ASSIGNED", to: "user", userId: "b" },
      ],
    ],
    [
      "a return overruled: who returned it",
      { kind: "RETURN_OVERRULED", payload: { returnedBy: "a" } },
      [{ kind: "RETURN_OVERRULED", to: "user", userId: "a" }],
    ],
    [
      "an extension asked: the heads of the step's unit",
      { kind: "EXTENSION_REQUESTED", payload: { requestId: "r", previousDeadline: at, requestedDeadline: at } },
      [{ kind: "EXTENSION_AWAITING", to: "headsOfStepUnit" }],
    ],
    [
      "an extension approved: who asked",
      { kind: "EXTENSION_APPROVED", payload: { requestId: "r", previousDeadline: at, newDeadline: at } },
      [{ kind: "EXTENSION_APPROVED", to: "extensionRequester", requestId: "r" }],
    ],
    [
      "an extension refused: who asked",
      { kind: "EXTENSION_REJECTED", payload: { requestId: "r", previousDeadline: at } },
      [{ kind: "EXTENSION_REJECTED", to: "extensionRequester", requestId: "r" }],
    ],
    [
      "an escalation: the heads of the unit it reaches",
      { kind: "ESCALATED", payload: { escalationId: "e", fromUnitId: "ua", toUnitId: "up" } },
      [{ kind: "ESCALATION_RECEIVED", to: "headsOfUnit", unitId: "up" }],
    ],
    [
      "a consultation to a person: that person",
      { kind: "CONSULTATION_REQUESTED", payload: { targetUnitId: null, targetUserId: "c", responseDeadline: at } },
      [{ kind: "CONSULTATION_REQUESTED", to: "user", userId: "c" }],
    ],
    [
      "a consultation to a unit: its heads",
      { kind: "CONSULTATION_REQUESTED", payload: { targetUnitId: "uc", targetUserId: null, responseDeadline: at } },
      [{ kind: "CONSULTATION_REQUESTED", to: "headsOfUnit", unitId: "uc" }],
    ],
    [
      "a consultation answered: who asked",
      { kind: "CONSULTATION_ANSWERED", payload: { position: "AGREE", late: false } },
      [{ kind: "CONSULTATION_ANSWERED", to: "consultationRequester" }],
    ],
    [
      "an answer marked vague: who answered",
      { kind: "CONSULTATION_MARKED_VAGUE", payload: { answeredById: "c" } },
      [{ kind: "CONSULTATION_VAGUE", to: "user", userId: "c" }],
    ],
    [
      "a vague mark on an answer by nobody known: nobody",
      { kind: "CONSULTATION_MARKED_VAGUE", payload: { answeredById: null } },
      [],
    ],
    [
      "an answer to a signal accepted: the person it is about",
      { kind: "SIGNAL_ANSWER_ACCEPTED", payload: { ...signal, subjectUserId: "a" } },
      [{ kind: "SIGNAL_ANSWER_ACCEPTED", to: "user", userId: "a" }],
    ],
    [
      "an answer to a signal refused: the person it is about",
      { kind: "SIGNAL_ANSWER_REJECTED", payload: { ...signal, subjectUserId: "a" } },
      [{ kind: "SIGNAL_ANSWER_REJECTED", to: "user", userId: "a" }],
    ],
    ["a progress note: nobody", { kind: "STEP_PROGRESS", payload: { note: "x" } }, []],
    ["a start: nobody", { kind: "STEP_STARTED", payload: {} }, []],
    ["an answer to a signal, not yet reviewed: nobody", { kind: "SIGNAL_ANSWERED", payload: signal }, []],
    [
      "a deadline shifted by an extension: nobody (the extension's own notice says it)",
      {
        kind: "STEP_DEADLINE_SHIFTED",
        payload: { requestId: "r", previousDeadline: at, extendedStepId: "s", newDeadline: at },
      },
      [],
    ],
  ])("%s", (_name, event, expected) => {
    expect(notificationTargetsOf(event)).toEqual(expected);
  });
});
