import { beforeAll, describe, expect, it } from "vitest";
import type { TCreateDirective } from "../../../lib/schemas/directive";
import { createDirective } from "../../../lib/server/directives/create-directive";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { uniqueDirectiveNumber } from "../tasks-create/fixtures";
import { refusal, worded } from "../../support/refusal";

const now = new Date("2026-11-18T03:00:00Z");

describe("createDirective", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const input = (over: Partial<TCreateDirective> = {}): TCreateDirective => ({
    number: uniqueDirectiveNumber(),
    kind: "CONG_VAN",
    issuer: "BHXH Việt Nam",
    issuedOn: "2026-11-10",
    subject: "V/v chấn chỉnh tình trạng đùn đẩy, né tránh trách nhiệm",
    summary: "Cá thể hóa trách nhiệm trong từng khâu.",
    implementsNumber: "",
    ...over,
  });
  const countByNumber = (number: string) => testDb.prisma.directive.count({ where: { number } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("registers the directive with its search text and a DIRECTIVE_CREATED event", async () => {
    const data = input();
    const { id } = await createDirective(tree.people.hanoiHead.actor, data, now);
    const row = await testDb.prisma.directive.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      number: data.number,
      kind: "CONG_VAN",
      createdById: tree.people.hanoiHead.id,
      implementsId: null,
    });
    expect(row.issuedAt).toEqual(new Date("2026-11-09T17:00:00Z"));
    expect(row.searchText).toContain("chan chinh tinh trang dun day");
    expect(row.searchText).toContain(data.number.toLowerCase());
    expect(row.searchText).toContain("ca the hoa");
    const events = await testDb.prisma.event.findMany({ where: { directiveId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "DIRECTIVE_CREATED",
      actorId: tree.people.hanoiHead.id,
      at: now,
      payload: { number: data.number, kind: "CONG_VAN" },
    });
  });

  it("links the directive it implements, found by number whatever the case", async () => {
    const parent = input({ kind: "CONG_DIEN", issuer: "Thủ tướng Chính phủ" });
    const { id: parentId } = await createDirective(tree.people.tccb.actor, parent, now);
    const { id } = await createDirective(
      tree.people.tccb.actor,
      input({ implementsNumber: parent.number.toUpperCase() }),
      now,
    );
    expect((await testDb.prisma.directive.findUniqueOrThrow({ where: { id } })).implementsId).toBe(parentId);
  });

  it("lets TCCB and admins register directives too", async () => {
    const admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
    await expect(createDirective(tree.people.tccb.actor, input(), now)).resolves.toHaveProperty("id");
    await expect(createDirective(admin.actor, input(), now)).resolves.toHaveProperty("id");
  });

  it.each([
    ["staff", "dongDaStaff"],
    ["staff of another province", "daNangStaff"],
  ] as const)("refuses %s (FORBIDDEN) and writes nothing", async (_label, who) => {
    const data = input();
    await expect(createDirective(tree.people[who].actor, data, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countByNumber(data.number)).toBe(0);
  });

  it("refuses a number already registered, whatever its case, with a message on the field", async () => {
    const data = input();
    await createDirective(tree.people.hanoiHead.actor, data, now);
    const again = createDirective(tree.people.tccb.actor, input({ number: data.number.toUpperCase() }), now);
    expect(await refusal(again)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { number: [expect.stringContaining("đã có trong hệ thống")] },
    });
  });

  it("lets exactly one of two simultaneous registrations of the same number through", async () => {
    const data = input();
    const results = await Promise.allSettled([
      createDirective(tree.people.hanoiHead.actor, data, now),
      createDirective(tree.people.tccb.actor, data, now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(worded((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { number: [expect.any(String)] },
    });
    expect(await countByNumber(data.number)).toBe(1);
  });

  it.each([
    ["an unknown implemented directive", { implementsNumber: "1/KHONG-CO" }, "implementsNumber"],
    ["an issue date after today", { issuedOn: "2026-11-19" }, "issuedOn"],
  ])("refuses %s with a field error", async (_label, over, field) => {
    const data = input(over);
    expect(await refusal(createDirective(tree.people.hanoiHead.actor, data, now))).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect(await countByNumber(data.number)).toBe(0);
  });
});
