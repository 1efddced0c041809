import { describe, expect, it } from "vitest";
import { accountablePersonOf } from "./accountable-person-of";

describe("accountablePersonOf: the person signals and counts hold to account for an event", () => {
  it.each([
    ["an action in one's own right: the actor", { actorId: "lan", onBehalfOfId: null }, "lan"],
    ["an action of a deputy: the principal, never the deputy", { actorId: "minh", onBehalfOfId: "lan" }, "lan"],
    ["an event read without the column (older rows)", { actorId: "lan" }, "lan"],
    ["an event of the system (a sweep)", { actorId: null, onBehalfOfId: null }, null],
  ])("%s", (_name, event, expected) => {
    expect(accountablePersonOf(event)).toBe(expected);
  });
});
