import { describe, expect, it } from "vitest";
import { homePathFor } from "./home-path-for";
import type { TRole } from "./roles";

describe("homePathFor", () => {
  it.each<[string, TRole[], string]>([
    [
      "TCCB lands on the sector compliance view, where every unit links on",
      ["UNIT_HEAD", "TCCB_MONITOR"],
      "/compliance",
    ],
    ["an inspector lands on the sector compliance view", ["STAFF", "INSPECTOR"], "/compliance"],
    ["an administrator lands on the sector compliance view", ["STAFF", "ADMIN"], "/compliance"],
    ["a unit head lands on the unit's work", ["STAFF", "UNIT_HEAD"], "/unit"],
    ["staff land on their own work", ["STAFF"], "/my-work"],
  ])("%s", (_label, roles, expected) => {
    expect(homePathFor({ roles })).toBe(expected);
  });
});
