import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAnonymousAction, type TAnonymousActionDefinition } from "../../../lib/actions/create-anonymous-action";
import { createUnit } from "../../factories/create-unit";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

// The guard of refused-inputs.int.test.ts for the actions of signed-out people: whatever is
// posted, they answer without an internal error, a refusal for bad input names its fields, and
// a refused or tokenless call writes nothing (no reset link, no mail, no password).

type TAnonymousAction = ((raw: unknown) => Promise<unknown>) & {
  anonymousDefinition: TAnonymousActionDefinition<z.ZodType, unknown>;
};
const modules = import.meta.glob<Record<string, unknown>>("../../../lib/actions/**/*-action.ts", { eager: true });
const actions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((e): e is [string, TAnonymousAction] => typeof e[1] === "function" && "anonymousDefinition" in e[1])
    .map(([name, action]) => [`${file.split("/lib/actions/")[1]} ${name}`, action.anonymousDefinition] as const),
);
const NOW = new Date("2032-05-05T03:00:00Z");

const value = fc.oneof(
  fc.constantFrom<unknown>("", null, 0, true, [], {}, "\u0000", "a@b", "x".repeat(5000), "Mật khẩu đủ dài 123"),
  fc.jsonValue({ maxDepth: 2 }),
);

describe("every signed-out action refuses bad input cleanly and writes nothing", () => {
  it("finds the two actions", () => {
    expect(actions.map(([name]) => name).sort()).toEqual([
      "auth/request-password-reset-action.ts requestPasswordResetAction",
      "auth/reset-password-action.ts resetPasswordAction",
    ]);
  });

  it.each(actions)("%s", async (_name, definition) => {
    const user = await createUser(testDb.prisma, await createUnit(testDb.prisma));
    const before = await testDb.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const input = fc.oneof(
      value,
      fc.record({
        email: fc.oneof(value, fc.constant(user.email), fc.constant(` ${user.email}\u0000`)),
        token: fc.oneof(value, fc.constant("A".repeat(43))),
        password: value,
        confirm: value,
      }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const result = (await executeAnonymousAction(definition, "vi", raw, NOW)) as {
          ok: boolean;
          code?: string;
          fieldErrors?: Record<string, string[]>;
        };
        expect(result.code).not.toBe("INTERNAL");
        if (result.code === "INVALID_INPUT") expect(Object.keys(result.fieldErrors ?? {})).not.toHaveLength(0);
      }),
      { numRuns: 60 },
    );
    // Only the exact address may have asked for a link; no token was ever valid, so no password changed.
    const after = await testDb.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    const links = await testDb.prisma.passwordResetToken.count({ where: { userId: user.id } });
    expect(links).toBeLessThanOrEqual(3);
    expect(await testDb.prisma.mailMessage.count({ where: { recipient: user.email } })).toBe(links);
  });
});
