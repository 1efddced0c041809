import { beforeAll, describe, expect, it } from "vitest";
import { adminResetPassword } from "../../../lib/server/auth/admin-reset-password";
import { authenticate } from "../../../lib/server/auth/authenticate";
import { changeOwnPassword } from "../../../lib/server/auth/change-own-password";
import { requestPasswordReset } from "../../../lib/server/auth/request-password-reset";
import { resetPassword } from "../../../lib/server/auth/reset-password";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { isDomainError } from "../../../lib/server/errors/domain-error";
import { createUnit } from "../../factories/create-unit";
import { createUser, TEST_PASSWORD } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

const T0 = new Date("2031-05-06T02:00:00Z");
const NEW_PASSWORD = "Sông Hồng mùa lũ 2031";

let unit: { id: string; path: string; name: string };
beforeAll(async () => {
  unit = await createUnit(testDb.prisma);
});

async function person(opts: Parameters<typeof createUser>[2] = {}) {
  const user = await createUser(testDb.prisma, unit, opts);
  return { ...user, current: toCurrentActor({ ...user, unit: { name: unit.name, path: unit.path } }) };
}

async function refusal(p: Promise<unknown>) {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isDomainError(error)).toBe(true);
  return error as Error & { code: string; fieldErrors?: Record<string, Array<{ key: string }>> };
}

const row = (id: string) => testDb.prisma.user.findUniqueOrThrow({ where: { id } });
const eventsOf = (actorId: string) =>
  testDb.prisma.event.findMany({ where: { actorId, kind: { in: ["PASSWORD_CHANGED", "PASSWORD_RESET_BY_ADMIN"] } } });

describe("changeOwnPassword", () => {
  it("sets the new password, raises the session version and records PASSWORD_CHANGED", async () => {
    const u = await person();
    const input = { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD };
    await expect(changeOwnPassword(u.current, input, T0)).resolves.toEqual({ id: u.id, sessionVersion: 1 });
    expect(await authenticate(u.email, NEW_PASSWORD)).toMatchObject({ id: u.id, sessionVersion: 1 });
    expect(await authenticate(u.email, TEST_PASSWORD)).toBeNull();
    const events = await eventsOf(u.id);
    expect(events.map((e) => [e.kind, e.at, e.payload])).toEqual([["PASSWORD_CHANGED", T0, {}]]);
  });

  it.each([
    ["a wrong current password", "sai-mat-khau", NEW_PASSWORD, "currentPassword", "errors.currentPasswordWrong"],
    ["a common password", TEST_PASSWORD, "matkhau123", "password", "errors.passwordTooCommon"],
    ["the person's e-mail", TEST_PASSWORD, "EMAIL", "password", "errors.passwordIsEmail"],
    ["the current password again", TEST_PASSWORD, TEST_PASSWORD, "password", "errors.passwordSameAsCurrent"],
  ])("refuses %s, changing nothing and recording nothing", async (_case, current, next, field, key) => {
    const u = await person();
    const password = next === "EMAIL" ? u.email : next;
    const error = await refusal(
      changeOwnPassword(u.current, { currentPassword: current, password, confirm: password }, T0),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.[field]?.map((m) => m.key)).toContain(key);
    expect(await row(u.id)).toMatchObject({ sessionVersion: 0, passwordHash: u.passwordHash });
    expect(await eventsOf(u.id)).toEqual([]);
  });
});

describe("adminResetPassword", () => {
  it("issues a temporary password that must be changed, ending the person's sessions", async () => {
    const admin = await person({ roles: ["STAFF", "ADMIN"] });
    const u = await person();
    const { temporaryPassword } = await adminResetPassword(admin.actor, u.id, T0);
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    expect(await row(u.id)).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    expect(await authenticate(u.email, TEST_PASSWORD)).toBeNull();
    expect(await authenticate(u.email, temporaryPassword)).toMatchObject({ id: u.id });
    const [event] = await eventsOf(admin.id);
    expect(event).toMatchObject({ kind: "PASSWORD_RESET_BY_ADMIN", payload: { userId: u.id } });

    // Choosing one's own password clears the obligation.
    const current = { ...u.current };
    await changeOwnPassword(
      current,
      { currentPassword: temporaryPassword, password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      T0,
    );
    expect(await row(u.id)).toMatchObject({ mustChangePassword: false, sessionVersion: 2 });
  });

  it("is refused to anyone but an administrator, for one's own account and for an inactive one", async () => {
    const admin = await person({ roles: ["STAFF", "ADMIN"] });
    const head = await person({ roles: ["UNIT_HEAD"], position: "HEAD" });
    const u = await person();
    const inactive = await person({ isActive: false });
    expect((await refusal(adminResetPassword(head.actor, u.id, T0))).code).toBe("FORBIDDEN");
    expect((await refusal(adminResetPassword(admin.actor, admin.id, T0))).code).toBe("INVALID_STATE");
    expect((await refusal(adminResetPassword(admin.actor, inactive.id, T0))).code).toBe("NOT_FOUND");
    expect(await row(u.id)).toMatchObject({ mustChangePassword: false, sessionVersion: 0 });
    expect(await eventsOf(admin.id)).toEqual([]);
    expect(await eventsOf(head.id)).toEqual([]);
  });
});

describe("resetPassword with a link", () => {
  it("applies the policy, keeping the link usable, and ends every session once it succeeds", async () => {
    const u = await person();
    await requestPasswordReset({ email: u.email }, T0);
    const [mail] = await testDb.prisma.mailMessage.findMany({ where: { recipient: u.email } });
    const token = new URL(mail.link ?? "").searchParams.get("token") ?? "";
    const weak = await refusal(resetPassword({ token, password: "bhxh@123456" }, T0));
    expect(weak.fieldErrors?.password?.map((m) => m.key)).toEqual(["errors.passwordTooCommon"]);
    await resetPassword({ token, password: NEW_PASSWORD }, T0);
    expect(await row(u.id)).toMatchObject({ sessionVersion: 1, mustChangePassword: false });
  });
});
