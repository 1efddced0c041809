import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { freshApi } from "../../support/api/fixtures";

type TPreference = { kind: string; channel: string; defaultChannel: string; mandatory: boolean };

let staff: TApi;
let head: TApi;
beforeAll(async () => {
  [staff, head] = await Promise.all([apiTestAccounts.staff, apiTestAccounts.head].map(freshApi));
});

const channelOf = (list: TPreference[], kind: string) => list.find((p) => p.kind === kind)?.channel;

describe("GET and PUT /me/notification-preferences", () => {
  it("lists every kind with its default, and saves the caller's own choices only", async () => {
    const before = await staff.get<{ preferences: TPreference[] }>("/me/notification-preferences");
    expectStatus(before, 200);
    expect(before.body.preferences.find((p) => p.kind === "SIGNAL_RAISED")).toMatchObject({
      defaultChannel: "IMMEDIATE",
      mandatory: true,
    });
    expect(before.body.preferences.find((p) => p.kind === "RETURN_UPHELD")).toMatchObject({
      defaultChannel: "DIGEST",
      mandatory: false,
    });
    const headBefore = (await head.get<{ preferences: TPreference[] }>("/me/notification-preferences")).body;

    const saved = await staff.put<{ preferences: TPreference[] }>("/me/notification-preferences", {
      preferences: [
        { kind: "STEP_TURN", channel: "OFF" },
        { kind: "SIGNAL_RAISED", channel: "DIGEST" },
      ],
    });
    expectStatus(saved, 200);
    expect(channelOf(saved.body.preferences, "STEP_TURN")).toBe("OFF");
    expect(channelOf(saved.body.preferences, "SIGNAL_RAISED")).toBe("DIGEST");
    const again = (await staff.get<{ preferences: TPreference[] }>("/me/notification-preferences")).body;
    expect(channelOf(again.preferences, "STEP_TURN")).toBe("OFF");
    // Another person's choices are untouched.
    expect((await head.get("/me/notification-preferences")).body).toEqual(headBefore);

    // Back to the default.
    const reset = await staff.put<{ preferences: TPreference[] }>("/me/notification-preferences", {
      preferences: [
        { kind: "STEP_TURN", channel: "IMMEDIATE" },
        { kind: "SIGNAL_RAISED", channel: "IMMEDIATE" },
      ],
    });
    expectStatus(reset, 200);
    expect(reset.body).toEqual(before.body);
  });

  it("refuses OFF for a mandatory kind with 400 and a Vietnamese message, and unknown kinds", async () => {
    const refused = await staff.put("/me/notification-preferences", {
      preferences: [
        { kind: "STEP_TURN", channel: "OFF" },
        { kind: "ESCALATION_RECEIVED", channel: "OFF" },
      ],
    });
    expectStatus(refused, 400);
    expect(JSON.stringify(refused.body)).toContain("Không thể tắt e-mail loại thông báo này");
    for (const body of [
      { preferences: [{ kind: "NOT_A_KIND", channel: "OFF" }] },
      { preferences: [{ kind: "STEP_TURN", channel: "SOMETIMES" }] },
      { preferences: [] },
      { preferences: [{ kind: "STEP_TURN", channel: "OFF", userId: "someone-else" }] },
      { preferences: [{ kind: "STEP_TURN", channel: "OFF" }], userId: "someone-else" },
    ])
      expectStatus(await staff.put("/me/notification-preferences", body), 400);
    // Nothing of a refused request was saved.
    const now = (await staff.get<{ preferences: TPreference[] }>("/me/notification-preferences")).body;
    expect(channelOf(now.preferences, "STEP_TURN")).toBe("IMMEDIATE");
  });
});
