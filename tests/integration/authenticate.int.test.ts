import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../lib/server/auth/authenticate";
import { createUnit } from "../factories/create-unit";
import { createUser, TEST_PASSWORD } from "../factories/create-user";
import { testDb } from "../support/use-test-db";

describe("authenticate", () => {
  let active: Awaited<ReturnType<typeof createUser>>;
  let inactive: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    const unit = await createUnit(testDb.prisma);
    active = await createUser(testDb.prisma, unit);
    inactive = await createUser(testDb.prisma, unit, { isActive: false });
  });

  it("accepts the right password, whatever the case of the e-mail", async () => {
    const user = await authenticate(active.email.toUpperCase(), TEST_PASSWORD);
    expect(user?.id).toBe(active.id);
  });

  it.each([
    ["a wrong password", () => [active.email, "sai-mat-khau"]],
    ["an unknown e-mail", () => ["khong-co@test.bhxh.vn", TEST_PASSWORD]],
    ["a deactivated account", () => [inactive.email, TEST_PASSWORD]],
  ])("refuses %s", async (_label, args) => {
    const [email, password] = args();
    expect(await authenticate(email, password)).toBeNull();
  });

  it("stores a bcrypt hash, never the password", async () => {
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { id: active.id } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });
});
