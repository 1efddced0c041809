import { describe, expect, it } from "vitest";
import { defaultMailChannel } from "./default-mail-channel";
import { isMandatoryKind } from "./is-mandatory-kind";
import type { TMailChannel } from "./mail-channel";
import { mailChannelOf } from "./mail-channel-of";
import { notificationKinds, type TNotificationKind } from "./notification-kind";

describe("defaultMailChannel", () => {
  it.each<[TNotificationKind, TMailChannel]>([
    ["STEP_ASSIGNED", "IMMEDIATE"],
    ["STEP_TURN", "IMMEDIATE"],
    ["RETURN_AWAITING_RULING", "IMMEDIATE"],
    ["RETURN_OVERRULED", "IMMEDIATE"],
    ["EXTENSION_AWAITING", "IMMEDIATE"],
    ["EXTENSION_REJECTED", "IMMEDIATE"],
    ["CONSULTATION_REQUESTED", "IMMEDIATE"],
    ["SIGNAL_RAISED", "IMMEDIATE"],
    ["ESCALATION_RECEIVED", "IMMEDIATE"],
    ["RETURN_UPHELD", "DIGEST"],
    ["EXTENSION_APPROVED", "DIGEST"],
    ["CONSULTATION_ANSWERED", "DIGEST"],
    ["CONSULTATION_VAGUE", "DIGEST"],
    ["SIGNAL_ANSWER_ACCEPTED", "DIGEST"],
    ["SIGNAL_ANSWER_REJECTED", "DIGEST"],
  ])("%s by default goes %s", (kind, channel) => {
    expect(defaultMailChannel(kind)).toBe(channel);
  });

  it("gives a kind it does not list (one added later) the digest", () => {
    expect(defaultMailChannel("DUE_TOMORROW" as TNotificationKind)).toBe("DIGEST");
  });

  it("never defaults a kind to OFF", () => {
    expect(notificationKinds.map(defaultMailChannel)).not.toContain("OFF");
  });
});

describe("isMandatoryKind", () => {
  it("holds for a signal about you and an escalation to you, and nothing else", () => {
    expect(notificationKinds.filter(isMandatoryKind)).toEqual(["SIGNAL_RAISED", "ESCALATION_RECEIVED"]);
  });
});

describe("mailChannelOf", () => {
  it.each<[string, TNotificationKind, TMailChannel | null, TMailChannel]>([
    ["no choice: the default", "STEP_ASSIGNED", null, "IMMEDIATE"],
    ["no choice: the default digest", "RETURN_UPHELD", null, "DIGEST"],
    ["a stored choice wins", "STEP_ASSIGNED", "OFF", "OFF"],
    ["a digest kind asked immediately", "RETURN_UPHELD", "IMMEDIATE", "IMMEDIATE"],
    ["a mandatory kind can go to the digest", "SIGNAL_RAISED", "DIGEST", "DIGEST"],
    ["a mandatory kind stored OFF still goes in the digest", "SIGNAL_RAISED", "OFF", "DIGEST"],
    ["an escalation stored OFF still goes in the digest", "ESCALATION_RECEIVED", "OFF", "DIGEST"],
  ])("%s", (_name, kind, stored, expected) => {
    expect(mailChannelOf(kind, stored)).toBe(expected);
  });
});
