import { describe, expect, it } from "vitest";
import { escalationAudience, type TEscalationAudience } from "./escalation-audience";
import type { TEscalationLevel } from "./escalation-level";
import { translate } from "@/lib/i18n/translate";
import { parentUnitPath } from "./parent-unit-path";

const district = "/vn/hn/dd/";

describe("escalationAudience", () => {
  it.each<[TEscalationLevel, string, TEscalationAudience | null]>([
    [0, district, null],
    [1, district, { kind: "OWNER", userId: "lan" }],
    [2, district, { kind: "UNIT_HEAD", unitPath: district }],
    [3, district, { kind: "SUPERIOR_UNIT_HEAD", unitPath: "/vn/hn/" }],
    [4, district, { kind: "TCCB" }],
    [3, "/vn/", { kind: "TCCB" }],
  ])("level %i of a step in %s", (level, path, expected) => {
    expect(escalationAudience(level, path, "lan")).toEqual(expected);
    expect(translate("vi", { key: `enums.escalationLevel.${level}` })).not.toContain("enums.");
  });

  it("rejects a malformed unit path", () => {
    expect(() => escalationAudience(2, "vn/hn", "lan")).toThrow(RangeError);
  });
});

describe("parentUnitPath", () => {
  it.each<[string, string | null]>([
    ["/vn/hn/dd/", "/vn/hn/"],
    ["/vn/hn/", "/vn/"],
    ["/vn/", null],
  ])("%s → %s", (path, parent) => {
    expect(parentUnitPath(path)).toBe(parent);
  });

  it.each(["", "/", "vn/", "/vn", "/vn//hn/"])("rejects %j", (path) => {
    expect(() => parentUnitPath(path)).toThrow(RangeError);
  });
});
