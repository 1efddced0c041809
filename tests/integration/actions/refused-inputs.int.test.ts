import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type TActionDefinition } from "../../../lib/actions/create-action";
import { toCurrentActor, type TCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

// The permanent guard of every server action (a public endpoint, whatever the forms send):
// for any input, from any of a head, a staff member or an administrator, the action answers
// without an internal error, a refusal for bad input names its fields, and a refused call
// writes no event. It runs each action's own schema and server function, as the action does
// after reading the session.

type TAction = ((raw: unknown) => Promise<unknown>) & { definition: TActionDefinition<z.ZodType, unknown> };

const actionModules = import.meta.glob<Record<string, unknown>>("../../../lib/actions/**/*-action.ts", { eager: true });
const actions = Object.entries(actionModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, TAction] => typeof entry[1] === "function" && "definition" in entry[1])
    .map(([name, action]) => [`${file.split("/lib/actions/")[1]} ${name}`, action] as const),
);

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-27T16:59:59.999Z");

describe("every server action refuses bad input cleanly", () => {
  let people: TCurrentActor[];
  let knownIds: string[];
  let actorIds: string[];

  beforeAll(async () => {
    const tree = await createUnitTree(testDb.prisma);
    const admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
    const users = [tree.people.dongDaHead, tree.people.dongDaStaff, admin];
    const withUnits = await testDb.prisma.user.findMany({
      where: { id: { in: users.map((u) => u.id) } },
      include: { unit: { select: { name: true, path: true } } },
    });
    people = withUnits.map((u) => toCurrentActor(u));
    actorIds = people.map((p) => p.id);
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner: tree.people.dongDaStaff, deadline: later, status: "IN_PROGRESS" },
        { owner: tree.people.dongDaStaff, deadline: later, status: "TODO" },
      ],
    });
    knownIds = [
      task.id,
      ...task.steps.map((s) => s.id),
      tree.units.daNang.id,
      tree.people.daNangStaff.id,
      tree.people.dongDaStaff.id,
    ];
  });

  /** Values a form, a script or an attacker may send: wrong types, near misses and some that pass. */
  const value = () =>
    fc.oneof(
      fc.constantFrom<unknown>(
        "",
        "1",
        "0x10",
        true,
        false,
        [],
        null,
        {},
        0,
        1,
        -1,
        1.5,
        1e308,
        "\u0000",
        "Lý do\u0000 có ký tự rỗng.",
        "\u202eđảo chiều",
        "2026-02-31",
        "24/12/2026",
        "2026-12-24",
        "2026-11-30T00:00:00Z",
        "x".repeat(5000),
        "Nội dung hợp lệ, đủ dài để qua kiểm tra.",
        "UPHOLD",
        "OVERRULE",
        "HOLIDAY",
        "AGREE",
        2026,
      ),
      fc.constant(null).map(() => randomUUID()),
      fc.constant(null).map(() => knownIds[Math.floor(Math.random() * knownIds.length)]),
      fc.jsonValue({ maxDepth: 2 }),
    );

  /** A value that passes its field's checks more often than not, so that calls reach the server function. */
  const TEXT = fc.constantFrom(
    "Nội dung hợp lệ, đủ dài để qua kiểm tra.",
    "Báo cáo vượt cấp\u0000 vì quá hạn.",
    "Dòng một\nDòng hai\tcó tab.",
    "\u001b[31mđỏ\u001b[0m trong lý do dài.",
  );
  const plausible: Record<string, () => fc.Arbitrary<unknown>> = {
    stepId: () => fc.constantFrom(...knownIds.slice(1, 3)),
    expectedVersion: () => fc.integer({ min: 0, max: 3 }),
    newOwnerId: () => fc.constantFrom(...knownIds.slice(-2)),
    targetUserId: () => fc.constantFrom(...knownIds.slice(-2)),
    targetUnitId: () => fc.constant(knownIds[3]),
    decision: () => fc.constantFrom("UPHOLD", "OVERRULE"),
    position: () => fc.constantFrom("AGREE", "DISAGREE"),
    approve: () => fc.boolean(),
    accept: () => fc.boolean(),
    year: () => fc.constantFrom(2026, 2027),
    kind: () => fc.constantFrom("HOLIDAY", "WORKING_DAY", "HANDLE", "CONG_VAN"),
    date: () => fc.constantFrom("2026-12-24", "2026-12-26"),
  };
  const TEXT_KEYS =
    /reason|note|result|question|answer|explanation|name|title|description|subject|issuer|point|summary|expectedResult/;
  const DATE_KEYS = /deadline|Deadline|expiresOn|issuedOn/;
  const plausibleFor = (key: string) =>
    plausible[key]?.() ??
    (TEXT_KEYS.test(key)
      ? TEXT
      : DATE_KEYS.test(key)
        ? fc.constantFrom("2026-12-24", "2026-11-30")
        : key.endsWith("Id")
          ? fc.constantFrom(...knownIds)
          : value());

  function inputFor(schema: z.ZodType) {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    const keys = shape ? Object.keys(shape) : [];
    const mostlyPlausible = fc.record(
      Object.fromEntries(
        keys.map((k) => [k, fc.oneof({ weight: 4, arbitrary: plausibleFor(k) }, { weight: 1, arbitrary: value() })]),
      ),
      {
        requiredKeys: [],
      },
    );
    return fc.oneof(
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      {
        weight: 2,
        arbitrary: keys.length
          ? fc.dictionary(fc.constantFrom(...keys), value(), { maxKeys: keys.length })
          : fc.constant({}),
      },
      { weight: 4, arbitrary: mostlyPlausible },
    );
  }

  const eventsByUs = () => testDb.prisma.event.count({ where: { actorId: { in: actorIds } } });

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(20);
  });

  it.each(actions)("%s", async (_name, action) => {
    const { definition } = action;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...people), inputFor(definition.schema), async (actor, input) => {
        const before = await eventsByUs();
        const result = (await executeAction(definition, actor, input, now)) as {
          ok: boolean;
          code?: string;
          fieldErrors?: Record<string, string[]>;
        };
        expect(result.code, JSON.stringify(input)).not.toBe("INTERNAL");
        if (result.ok) return;
        if (result.code === "INVALID_INPUT")
          expect(Object.keys(result.fieldErrors ?? {}).length, JSON.stringify(input)).toBeGreaterThan(0);
        expect(await eventsByUs(), JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});
