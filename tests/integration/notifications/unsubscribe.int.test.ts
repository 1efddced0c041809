import { describe, expect, it } from "vitest";
import { env } from "../../../lib/env";
import { confirmUnsubscribe, showUnsubscribe } from "../../../lib/server/notifications/serve-unsubscribe";
import { signUnsubscribeToken } from "../../../lib/server/notifications/unsubscribe-token";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const BASE = "https://trach-nhiem.bhxh.test";
const oneClick = (token: string) =>
  new Request(`${BASE}/api/unsubscribe?t=${token}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
const stored = (userId: string) =>
  testDb.prisma.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true } });

describe("one-click unsubscribe from a kind of notification e-mail", () => {
  it("GET only asks (a mail scanner's prefetch changes nothing); POST turns the kind OFF", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.dongDaStaff;
    const token = signUnsubscribeToken(env().authSecret, staff.id, "STEP_ASSIGNED");

    const page = await showUnsubscribe(new Request(`${BASE}/unsubscribe?t=${token}`));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Ngừng nhận e-mail loại «Được giao khâu việc»");
    expect(html).toContain(`<form method="post" action="/unsubscribe?t=${token}">`);
    expect(await stored(staff.id)).toEqual([]);

    const done = await confirmUnsubscribe(oneClick(token));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(
      `Đã ngừng: tài khoản ${staff.email} không nhận e-mail loại «Được giao khâu việc» nữa.`,
    );
    expect(await stored(staff.id)).toEqual([{ kind: "STEP_ASSIGNED", channel: "OFF" }]);
    // Twice is the same as once.
    expect((await confirmUnsubscribe(oneClick(token))).status).toBe(200);
    expect(await stored(staff.id)).toEqual([{ kind: "STEP_ASSIGNED", channel: "OFF" }]);
  });

  it("cannot turn a mandatory kind off: it goes to the daily digest, and the page says so", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.hbtStaff;
    const token = signUnsubscribeToken(env().authSecret, staff.id, "SIGNAL_RAISED");
    expect(await (await showUnsubscribe(new Request(`${BASE}/unsubscribe?t=${token}`))).text()).toContain(
      "Loại thông báo này không thể tắt hẳn.",
    );
    const done = await confirmUnsubscribe(oneClick(token));
    expect(await done.text()).toContain("không thể tắt hẳn: từ nay tài khoản");
    expect(await stored(staff.id)).toEqual([{ kind: "SIGNAL_RAISED", channel: "DIGEST" }]);
  });

  it("answers a forged or altered link with a Vietnamese 400 page and changes nothing", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.daNangStaff;
    const other = tree.people.daNangHead;
    const token = signUnsubscribeToken(env().authSecret, staff.id, "STEP_ASSIGNED");
    const mac = token.split(".")[2];
    for (const forged of [
      `${other.id}.STEP_ASSIGNED.${mac}`,
      `${staff.id}.STEP_TURN.${mac}`,
      signUnsubscribeToken("not-the-app-secret-0123456789abcdef", staff.id, "STEP_ASSIGNED"),
      "",
    ]) {
      for (const response of [
        await showUnsubscribe(new Request(`${BASE}/unsubscribe?t=${forged}`)),
        await confirmUnsubscribe(oneClick(forged)),
      ]) {
        expect(response.status).toBe(400);
        expect(await response.text()).toContain("Liên kết ngừng nhận e-mail này không đúng hoặc đã bị sửa.");
      }
    }
    expect([...(await stored(staff.id)), ...(await stored(other.id))]).toEqual([]);
  });
});
