import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { dayFromToday, freshApi, unitIdOf, userId } from "../../support/api/fixtures";
import { signInCookie } from "../../support/api/sign-in";

/**
 * The inspection screens read through the same scope as the API: the page of a surprise
 * inspection not yet started is a 404 for the inspected unit, and the list leaves it out.
 */
const who = ["inspector", "tccb", "head", "staff"] as const;
const cookies = {} as Record<(typeof who)[number], string>;
let id = "";
const subject = `Kiểm tra đột xuất trên màn hình ${Date.now()}`;

const page = async (role: (typeof who)[number], path: string) => {
  const res = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookies[role] }, redirect: "manual" });
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  for (const role of who) cookies[role] = await signInCookie(apiTestAccounts[role]);
  const inspector = await freshApi(apiTestAccounts.inspector);
  const res = await inspector.post("/inspections", {
    kind: "SURPRISE",
    inspectedUnitId: await unitIdOf(apiTestAccounts.staff),
    periodFrom: "2026-01-01",
    periodTo: "2026-10-31",
    subject,
    startsOn: dayFromToday(0),
    endsOn: dayFromToday(2),
    leadUserId: await userId(apiTestAccounts.inspector),
    memberUserIds: [],
    checklistId: null,
  });
  id = res.body.id;
});

describe("the inspection screens", () => {
  it("show the inspector their inspection in the list and on its page", async () => {
    const list = await page("inspector", "/inspections");
    expect(list.status).toBe(200);
    expect(list.html).toContain(subject);
    const one = await page("inspector", `/inspections/${id}`);
    expect(one.status).toBe(200);
    expect(one.html).toContain(subject);
    expect(one.html).toContain("Bắt đầu kiểm tra");
  });

  it("hide a surprise inspection not yet started from the inspected unit's head and staff (404, not listed), not from TCCB", async () => {
    for (const role of ["head", "staff"] as const) {
      expect((await page(role, `/inspections/${id}`)).status, role).toBe(404);
      const list = await page(role, "/inspections");
      expect(list.status).toBe(200);
      expect(list.html, role).not.toContain(subject);
    }
    expect((await page("tccb", `/inspections/${id}`)).status).toBe(200);
  });

  it("show it to the inspected unit once started, with its record hidden until the conclusion", async () => {
    const inspector = await freshApi(apiTestAccounts.inspector);
    expect((await inspector.patch(`/inspections/${id}`, { status: "IN_PROGRESS" })).status).toBe(200);
    const one = await page("staff", `/inspections/${id}`);
    expect(one.status).toBe(200);
    expect(one.html).toContain('data-testid="inspection-team"');
    expect(one.html).not.toContain('data-testid="inspection-findings"');
    expect((await page("head", "/inspections")).html).toContain(subject);
    // The team records findings from the page while the inspection is under way; the inspected unit cannot.
    expect((await page("inspector", `/inspections/${id}`)).html).toContain('aria-label="Ghi phát hiện"');
    expect(one.html).not.toContain('aria-label="Ghi phát hiện"');
  });
});
