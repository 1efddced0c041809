import { describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { setNotificationPreferencesAction } from "../../../lib/actions/notifications/set-notification-preferences-action";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
async function actorOf(id: string) {
  const user = await testDb.prisma.user.findUniqueOrThrow({
    where: { id },
    include: { unit: { select: { name: true, path: true } } },
  });
  return toCurrentActor(user);
}
const stored = (userId: string) =>
  testDb.prisma.notificationPreference.findMany({
    where: { userId },
    select: { kind: true, channel: true },
    orderBy: { kind: "asc" },
  });
const save = async (userId: string, preferences: unknown) =>
  executeAction(setNotificationPreferencesAction.definition, await actorOf(userId), { preferences }, now);

describe("setNotificationPreferencesAction (the profile's e-mail form)", () => {
  it("stores only the choices that differ from the default, on the person's own row", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.dongDaStaff;
    const result = await save(staff.id, [
      { kind: "STEP_ASSIGNED", channel: "IMMEDIATE" }, // the default: nothing stored
      { kind: "STEP_TURN", channel: "OFF" },
      { kind: "RETURN_UPHELD", channel: "IMMEDIATE" },
      { kind: "SIGNAL_RAISED", channel: "DIGEST" },
    ]);
    expect(result.ok).toBe(true);
    expect(await stored(staff.id)).toEqual([
      { kind: "STEP_TURN", channel: "OFF" },
      { kind: "RETURN_UPHELD", channel: "IMMEDIATE" },
      { kind: "SIGNAL_RAISED", channel: "DIGEST" },
    ]);
    expect(result.ok && result.data.find((p) => p.kind === "STEP_TURN")).toMatchObject({ channel: "OFF" });
    expect(await stored(tree.people.dongDaHead.id)).toEqual([]);

    // Choosing the default again removes the row.
    await save(staff.id, [{ kind: "STEP_TURN", channel: "IMMEDIATE" }]);
    expect((await stored(staff.id)).map((p) => p.kind)).toEqual(["RETURN_UPHELD", "SIGNAL_RAISED"]);
  });

  it("refuses OFF for a mandatory kind, naming the field, and saves nothing of that request", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.hbtStaff;
    const result = await save(staff.id, [
      { kind: "STEP_TURN", channel: "OFF" },
      { kind: "ESCALATION_RECEIVED", channel: "OFF" },
    ]);
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        "preferences.1.channel": [
          "Không thể tắt e-mail loại thông báo này (cảnh báo về bạn, báo cáo vượt cấp lên đơn vị bạn): chọn ngay lập tức hoặc chỉ trong bản tin hằng ngày.",
        ],
      },
    });
    expect(await save(staff.id, [{ kind: "STEP_TURN", channel: "OFF", userId: tree.people.hbtHead.id }])).toMatchObject(
      {
        ok: false,
        code: "INVALID_INPUT",
      },
    );
    expect(await stored(staff.id)).toEqual([]);
  });
});
