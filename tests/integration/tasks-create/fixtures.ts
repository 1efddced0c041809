import { randomInt } from "node:crypto";
import type { TDb } from "../../../lib/server/db/prisma";
import { unique } from "../../factories/unique";

type TKind = "RECEIVE" | "HANDLE" | "CONSULT" | "SUBMIT" | "APPROVE" | "ISSUE";

/** A process template with the given steps (durations in working days); sector-wide unless a unit is given. */
export function createTemplateFixture(
  db: TDb,
  opts: { unitId?: string | null; isActive?: boolean; steps?: { kind: TKind; days: number }[] } = {},
) {
  const steps = opts.steps ?? [
    { kind: "RECEIVE", days: 1 },
    { kind: "HANDLE", days: 3 },
    { kind: "APPROVE", days: 1 },
  ];
  return db.processTemplate.create({
    data: {
      name: `Quy trình thử ${unique()}`,
      unitId: opts.unitId ?? null,
      isActive: opts.isActive ?? true,
      steps: {
        create: steps.map((s, i) => ({
          order: i + 1,
          name: `Khâu mẫu ${i + 1}`,
          kind: s.kind,
          defaultDurationDays: s.days,
        })),
      },
    },
    include: { steps: { orderBy: { order: "asc" } } },
  });
}

/** A directive number in the printed format, unique across test files: "48213/BHXH-Xa1b2c3d4". */
export function uniqueDirectiveNumber(): string {
  return `${randomInt(1, 999_999)}/BHXH-X${unique()}`;
}
