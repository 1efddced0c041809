import { beforeAll, describe, expect, it } from "vitest";
import { createDelegation } from "../../../lib/server/delegations/create-delegation";
import { findDelegations } from "../../../lib/server/delegations/find-delegations";
import { findDeputyGrants } from "../../../lib/server/delegations/find-deputy-grants";
import { revokeDelegation } from "../../../lib/server/delegations/revoke-delegation";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { refusal } from "../../support/refusal";
import { testDb } from "../../support/use-test-db";

// 2026-11-18 10:00 in Hà Nội.
const now = new Date("2026-11-18T03:00:00Z");

describe("createDelegation and revokeDelegation", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  const eventsBy = (actorId: string) =>
    testDb.prisma.event.count({ where: { actorId, kind: { in: ["DELEGATION_CREATED", "DELEGATION_REVOKED"] } } });
  const freshStaff = () => createUser(testDb.prisma, tree.units.dongDa);

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
  });

  it("a person names a deputy for a range: one row, one DELEGATION_CREATED event, a grant on the days of the range", async () => {
    const principal = await freshStaff();
    const deputy = await freshStaff();
    const created = await createDelegation(
      principal.actor,
      { deputyId: deputy.id, scope: "STEPS", startsOn: "2026-11-18", endsOn: "2026-11-20", reason: "Đi công tác" },
      now,
    );
    expect(created).toMatchObject({ principalId: principal.id, deputyId: deputy.id, createdById: principal.id });
    const events = await testDb.prisma.event.findMany({ where: { actorId: principal.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "DELEGATION_CREATED",
      payload: { delegationId: created.id, principalId: principal.id, deputyId: deputy.id, scope: "STEPS" },
    });
    expect((await findDeputyGrants(deputy.id, now)).map((g) => g.principal.id)).toEqual([principal.id]);
    // The last day counts to its end in Asia/Ho_Chi_Minh (16:59 UTC), and not a minute after.
    expect(await findDeputyGrants(deputy.id, new Date("2026-11-20T16:59:00Z"))).toHaveLength(1);
    expect(await findDeputyGrants(deputy.id, new Date("2026-11-20T17:00:00Z"))).toHaveLength(0);
    expect(await findDeputyGrants(deputy.id, new Date("2026-11-17T16:59:00Z"))).toHaveLength(0);
  });

  it.each([
    [
      "a person made their own deputy",
      "self",
      "STEPS",
      "2026-11-18",
      "2026-11-19",
      "INVALID_INPUT",
      "deputyId",
      "chính mình",
    ],
    [
      "an inactive deputy",
      "inactive",
      "STEPS",
      "2026-11-18",
      "2026-11-19",
      "INVALID_INPUT",
      "deputyId",
      "thôi kích hoạt",
    ],
    [
      "an end before the start",
      "colleague",
      "STEPS",
      "2026-11-20",
      "2026-11-19",
      "INVALID_INPUT",
      "endsOn",
      "từ ngày bắt đầu",
    ],
    ["a range already over", "colleague", "STEPS", "2026-11-10", "2026-11-17", "INVALID_INPUT", "endsOn", "đã qua"],
    [
      "head decisions from a staff member",
      "colleague",
      "HEAD_DECISIONS",
      "2026-11-18",
      "2026-11-19",
      "INVALID_INPUT",
      "scope",
      "thủ trưởng",
    ],
  ] as const)(
    "refuses %s, in Vietnamese, writing nothing",
    async (_n, who, scope, startsOn, endsOn, code, field, words) => {
      const principal = await freshStaff();
      const deputy =
        who === "self"
          ? principal
          : who === "inactive"
            ? await createUser(testDb.prisma, tree.units.dongDa, { isActive: false })
            : await freshStaff();
      const refused = await refusal(
        createDelegation(principal.actor, { deputyId: deputy.id, scope, startsOn, endsOn }, now),
      );
      expect(refused.code).toBe(code);
      expect(refused.message).toContain(words);
      expect(Object.keys(refused.fieldErrors ?? {})).toEqual([field]);
      expect(await testDb.prisma.delegation.count({ where: { principalId: principal.id } })).toBe(0);
      expect(await eventsBy(principal.id)).toBe(0);
    },
  );

  it("refuses head decisions for someone outside the head's tree, and allows them inside it", async () => {
    const head = tree.people.dongDaHead;
    const refused = await refusal(
      createDelegation(
        head.actor,
        { deputyId: tree.people.hbtStaff.id, scope: "HEAD_DECISIONS", startsOn: "2026-11-18", endsOn: "2026-11-19" },
        now,
      ),
    );
    expect(refused).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { deputyId: [expect.stringContaining("cấp dưới")] },
    });
    expect(await eventsBy(head.id)).toBe(0);
    const inside = await createDelegation(
      head.actor,
      { deputyId: tree.people.dongDaStaff.id, scope: "HEAD_DECISIONS", startsOn: "2026-12-01", endsOn: "2026-12-02" },
      now,
    );
    expect(inside.scope).toBe("HEAD_DECISIONS");
  });

  it("refuses an overlapping range of the same principal (CONFLICT), whatever the deputy; a revoked one no longer blocks", async () => {
    const principal = await freshStaff();
    const [a, b] = [await freshStaff(), await freshStaff()];
    const first = await createDelegation(
      principal.actor,
      { deputyId: a.id, scope: "STEPS", startsOn: "2026-11-20", endsOn: "2026-11-25" },
      now,
    );
    for (const [startsOn, endsOn] of [
      ["2026-11-25", "2026-11-28"],
      ["2026-11-18", "2026-11-20"],
      ["2026-11-21", "2026-11-22"],
    ]) {
      const refused = await refusal(
        createDelegation(principal.actor, { deputyId: b.id, scope: "STEPS", startsOn, endsOn }, now),
      );
      expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("trùng") });
    }
    expect(await eventsBy(principal.id)).toBe(1);
    // The next day after the range is free.
    await createDelegation(
      principal.actor,
      { deputyId: b.id, scope: "STEPS", startsOn: "2026-11-26", endsOn: "2026-11-27" },
      now,
    );
    await revokeDelegation(principal.actor, { delegationId: first.id }, now);
    await createDelegation(
      principal.actor,
      { deputyId: b.id, scope: "STEPS", startsOn: "2026-11-21", endsOn: "2026-11-22" },
      now,
    );
  });

  it("of two overlapping requests at once for one principal, exactly one is made", async () => {
    const principal = await freshStaff();
    const [a, b] = [await freshStaff(), await freshStaff()];
    const results = await Promise.allSettled([
      createDelegation(
        principal.actor,
        { deputyId: a.id, scope: "STEPS", startsOn: "2026-11-18", endsOn: "2026-11-22" },
        now,
      ),
      createDelegation(
        principal.actor,
        { deputyId: b.id, scope: "STEPS", startsOn: "2026-11-20", endsOn: "2026-11-24" },
        now,
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.prisma.delegation.count({ where: { principalId: principal.id } })).toBe(1);
    expect(await eventsBy(principal.id)).toBe(1);
  });

  it("staff cannot name a deputy for someone else; an administrator can, and is recorded as the author", async () => {
    const principal = await freshStaff();
    const deputy = await freshStaff();
    const input = {
      principalId: principal.id,
      deputyId: deputy.id,
      scope: "STEPS",
      startsOn: "2026-11-18",
      endsOn: "2026-11-19",
    } as const;
    expect(await refusal(createDelegation(deputy.actor, input, now))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(createDelegation(tree.people.dongDaHead.actor, input, now))).toMatchObject({
      code: "FORBIDDEN",
    });
    const made = await createDelegation(admin.actor, input, now);
    expect(made).toMatchObject({ principalId: principal.id, createdById: admin.id });
    expect((await findDelegations(admin.actor, { personId: principal.id })).map((d) => d.id)).toEqual([made.id]);
    expect((await findDelegations(principal.actor)).map((d) => d.id)).toEqual([made.id]);
    expect((await findDelegations(deputy.actor)).map((d) => d.id)).toEqual([made.id]);
    expect(await findDelegations(tree.people.dongDaHead.actor, { personId: principal.id })).toEqual([]);
  });

  it("revoking ends the grant at once; only the principal, the deputy or an administrator may, and only once", async () => {
    const principal = await freshStaff();
    const deputy = await freshStaff();
    const made = await createDelegation(
      principal.actor,
      { deputyId: deputy.id, scope: "STEPS", startsOn: "2026-11-18", endsOn: "2026-11-30" },
      now,
    );
    const stranger = await freshStaff();
    expect(await refusal(revokeDelegation(stranger.actor, { delegationId: made.id }, now))).toMatchObject({
      code: "NOT_FOUND",
    });
    const revoked = await revokeDelegation(principal.actor, { delegationId: made.id }, now);
    expect(revoked).toMatchObject({ revokedById: principal.id });
    expect(await findDeputyGrants(deputy.id, now)).toEqual([]);
    expect(await refusal(revokeDelegation(admin.actor, { delegationId: made.id }, now))).toMatchObject({
      code: "INVALID_STATE",
    });
    expect(await testDb.prisma.event.count({ where: { kind: "DELEGATION_REVOKED", actorId: principal.id } })).toBe(1);
  });

  it("the database refuses a self-delegation and a reversed range written around the app", async () => {
    const p = await freshStaff();
    const base = { principalId: p.id, scope: "STEPS" as const, createdById: p.id };
    await expect(
      testDb.prisma.delegation.create({
        data: { ...base, deputyId: p.id, startsOn: new Date("2026-11-18"), endsOn: new Date("2026-11-19") },
      }),
    ).rejects.toThrow();
    const other = await freshStaff();
    await expect(
      testDb.prisma.delegation.create({
        data: { ...base, deputyId: other.id, startsOn: new Date("2026-11-19"), endsOn: new Date("2026-11-18") },
      }),
    ).rejects.toThrow();
    // Where btree_gist is installed (PostgreSQL's contrib; not PGlite without it), an exclusion
    // constraint refuses an overlapping live range from any writer, not only the app.
    const [{ hasGist }] = await testDb.prisma.$queryRaw<{ hasGist: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'Delegation_no_overlap') AS "hasGist"`;
    if (process.env.TEST_DB_STORE === "postgres") expect(hasGist).toBe(true);
    if (!hasGist) return;
    await testDb.prisma.delegation.create({
      data: { ...base, deputyId: other.id, startsOn: new Date("2026-12-01"), endsOn: new Date("2026-12-05") },
    });
    await expect(
      testDb.prisma.delegation.create({
        data: { ...base, deputyId: other.id, startsOn: new Date("2026-12-05"), endsOn: new Date("2026-12-06") },
      }),
    ).rejects.toThrow();
  });
});
