import { describe, expect, inject, it } from "vitest";
import { signUnsubscribeToken } from "../../../lib/server/notifications/unsubscribe-token";
import { apiDb } from "../../support/api/use-api-db";

// Through the production build and its proxy.ts: the one-click POST of a mail client (no
// Origin, no cookie) goes through; another site's page cannot post it.
const baseUrl = inject("apiBaseUrl");
const SECRET = "api-tests-secret-0123456789abcdef"; // start-app.ts's NEXTAUTH_SECRET

async function freshPerson() {
  const tag = Math.random().toString(36).slice(2, 8);
  const { unitId } = await apiDb.user.findFirstOrThrow({ select: { unitId: true } });
  return apiDb.user.create({
    data: { email: `unsubscribe-${tag}@bhxh.test`, name: `Người thử ${tag}`, passwordHash: "-", unitId },
  });
}
const oneClick = (token: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/api/unsubscribe?t=${token}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: "List-Unsubscribe=One-Click",
    redirect: "manual",
  });
const stored = (userId: string) =>
  apiDb.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true } });

describe("the unsubscribe link on the running app", () => {
  it("shows its page without a session, and a mail client's one-click POST (no Origin) turns the kind off", async () => {
    const person = await freshPerson();
    const token = signUnsubscribeToken(SECRET, person.id, "CONSULTATION_REQUESTED");
    const page = await fetch(`${baseUrl}/unsubscribe?t=${token}`, { redirect: "manual" });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Ngừng nhận e-mail loại «Được xin ý kiến»");
    expect(await stored(person.id)).toEqual([]);

    const res = await oneClick(token);
    expect(res.status).toBe(200);
    expect(await stored(person.id)).toEqual([{ kind: "CONSULTATION_REQUESTED", channel: "OFF" }]);
  });

  it("refuses the POST from another site's page, and a forged token with a 400 page", async () => {
    const person = await freshPerson();
    const token = signUnsubscribeToken(SECRET, person.id, "STEP_ASSIGNED");
    expect((await oneClick(token, { Origin: "https://evil.example" })).status).toBe(403);
    const forged = signUnsubscribeToken("another-secret-0123456789abcdefgh", person.id, "STEP_ASSIGNED");
    const refused = await oneClick(forged);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Liên kết ngừng nhận e-mail này không đúng hoặc đã bị sửa.");
    expect((await fetch(`${baseUrl}/unsubscribe?t=${forged}`)).status).toBe(400);
    expect(await stored(person.id)).toEqual([]);
  });
});
