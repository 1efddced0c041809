import { describe, expect, it } from "vitest";
import { isTemplateUsableFor } from "./is-template-usable-for";

describe("isTemplateUsableFor", () => {
  it.each([
    ["a sector-wide template, any unit", null, "/vn/dn/", true],
    ["the unit's own template", "/vn/hn/", "/vn/hn/", true],
    ["a province's template, one of its districts", "/vn/hn/", "/vn/hn/dd/", true],
    ["a district's template, its province", "/vn/hn/dd/", "/vn/hn/", false],
    ["another province's template", "/vn/dn/", "/vn/hn/", false],
  ])("%s → %s", (_label, templatePath, leadPath, expected) => {
    expect(isTemplateUsableFor(templatePath, leadPath)).toBe(expected);
  });
});
