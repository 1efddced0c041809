import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, freshApi, unitIdOf, userId } from "../../support/api/fixtures";
import { signInCookie } from "../../support/api/sign-in";
import { apiDb } from "../../support/api/use-api-db";

/**
 * A page for an id that does not exist, or that the person may not see, answers the HTTP
 * status 404 (not a 200 carrying a "not found" body), exactly alike, so that ids cannot be
 * probed; and the same pages answer 200 within scope.
 */
const cookies: Record<"head" | "tccb", string> = { head: "", tccb: "" };
const ids = { inScopeTask: "", outOfScopeTask: "", directive: "", template: "", staff: "", dongDa: "", haiBaTrung: "" };

const statusOf = async (who: keyof typeof cookies, path: string) => {
  const res = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookies[who] }, redirect: "manual" });
  await res.arrayBuffer();
  return res.status;
};

beforeAll(async () => {
  const [head, provinceHead] = await Promise.all([apiTestAccounts.head, apiTestAccounts.provinceHead].map(freshApi));
  [cookies.head, cookies.tccb] = await Promise.all([
    signInCookie(apiTestAccounts.head),
    signInCookie(apiTestAccounts.tccb),
  ]);
  ids.inScopeTask = (await createTaskOverApi(head, [apiTestAccounts.staff])).id;
  // Led by Hà Nội, every step with Hai Bà Trưng's staff: outside the Đống Đa head's tree.
  ids.outOfScopeTask = (await createTaskOverApi(provinceHead, [apiTestAccounts.otherStaff])).id;
  ids.directive = (await apiDb.directive.findFirstOrThrow({ where: { number: "2165/CT-BHXH" } })).id;
  ids.template = (
    await apiDb.processTemplate.findFirstOrThrow({ where: { name: "Quy trình báo cáo định kỳ", unitId: null } })
  ).id;
  ids.staff = await userId(apiTestAccounts.staff);
  ids.dongDa = await unitIdOf(apiTestAccounts.head);
  ids.haiBaTrung = await unitIdOf(apiTestAccounts.otherStaff);
});

describe("pages answer 404 for a missing or out-of-scope id, and 200 in scope", () => {
  it.each([
    ["a task", (id: string) => `/tasks/${id}`],
    ["a directive", (id: string) => `/directives/${id}`],
    ["a template", (id: string) => `/templates/${id}`],
    ["a person's compliance record", (id: string) => `/compliance/person/${id}`],
    ["a unit's dashboard", (id: string) => `/dashboard?unit=${id}`],
    ["the list behind a dashboard number", (id: string) => `/dashboard/list?unit=${id}&category=OVERDUE`],
    ["a unit's report", (id: string) => `/reports/summary?unit=${id}`],
    ["the sector compliance view of a unit", (id: string) => `/compliance?unit=${id}`],
  ])("%s with a random id: 404 for a head and for TCCB", async (_label, path) => {
    const id = randomUUID();
    expect(await statusOf("head", path(id))).toBe(404);
    expect(await statusOf("tccb", path(id))).toBe(404);
  });

  it("a task outside the head's tree: 404, while their own task and TCCB's view of both answer 200", async () => {
    expect(await statusOf("head", `/tasks/${ids.outOfScopeTask}`)).toBe(404);
    expect(await statusOf("head", `/tasks/${ids.inScopeTask}`)).toBe(200);
    expect(await statusOf("tccb", `/tasks/${ids.outOfScopeTask}`)).toBe(200);
  });

  it("a template of a unit outside the head's tree: 404; one they may see but not edit: 403; their own unit's: 200", async () => {
    const sibling = await apiDb.processTemplate.create({
      data: { name: "Quy trình riêng của Hai Bà Trưng", unitId: ids.haiBaTrung },
    });
    const own = await apiDb.processTemplate.create({
      data: { name: "Quy trình riêng của Đống Đa", unitId: ids.dongDa },
    });
    expect(await statusOf("head", `/templates/${sibling.id}`)).toBe(404);
    // TCCB sees every unit's templates, and edits none but its own unit's.
    expect(await statusOf("tccb", `/templates/${sibling.id}`)).toBe(403);
    // The sector-wide template applies to the head's unit; only an administrator edits it.
    expect(await statusOf("head", `/templates/${ids.template}`)).toBe(403);
    expect(await statusOf("head", `/templates/${own.id}`)).toBe(200);
  });

  it("a page for a role the person does not have: 403 (the working calendar is the administrator's)", async () => {
    expect(await statusOf("head", "/admin/calendar")).toBe(403);
    expect(await statusOf("tccb", "/admin/calendar")).toBe(403);
  });

  it.each([
    ["dashboard", "/dashboard?unit="],
    ["dashboard list", "/dashboard/list?category=OVERDUE&unit="],
    ["report", "/reports/summary?unit="],
  ])("a unit outside the head's tree on the %s: 404; their own unit: 200", async (_label, prefix) => {
    expect(await statusOf("head", `${prefix}${ids.haiBaTrung}`)).toBe(404);
    expect(await statusOf("head", `${prefix}${ids.dongDa}`)).toBe(200);
  });

  it("the sector-wide pages are 404 for a head, 200 for TCCB", async () => {
    for (const path of [`/compliance/person/${ids.staff}`, `/compliance?unit=${ids.dongDa}`, "/units"]) {
      expect(await statusOf("head", path)).toBe(404);
      expect(await statusOf("tccb", path)).toBe(200);
    }
  });

  it("pages in scope answer 200", async () => {
    for (const path of [
      `/directives/${ids.directive}`,
      "/my-work",
      "/signals",
      "/search?q=quy+trinh",
      "/unit",
      "/dashboard",
    ]) {
      expect(await statusOf("head", path)).toBe(200);
    }
  });
});
