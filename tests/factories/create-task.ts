import type { TDb } from "../../lib/server/db/prisma";
import { unique } from "./unique";

type TStepSpec = {
  owner: { id: string; unitId: string };
  deadline: Date;
  status?: "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";
  completedAt?: Date;
  kind?: "RECEIVE" | "HANDLE" | "CONSULT" | "SUBMIT" | "APPROVE" | "ISSUE";
};

export async function createDirective(db: TDb) {
  const n = unique();
  return db.directive.create({
    data: {
      number: `${n}/BHXH-TEST`,
      kind: "CONG_VAN",
      issuer: "BHXH Việt Nam",
      issuedAt: new Date("2026-01-05T00:00:00Z"),
      subject: `V/v thử nghiệm ${n}`,
    },
  });
}

/** A task led by `leadUnit` with the given steps, in order; deadline defaults to the last step's. */
export async function createTask(
  db: TDb,
  opts: {
    leadUnitId: string;
    assignerId: string;
    steps: TStepSpec[];
    directiveId?: string;
    title?: string;
    deadline?: Date;
    status?: "OPEN" | "IN_PROGRESS" | "COMPLETED";
    priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT";
    evaluationWeight?: number;
  },
) {
  const directiveId = opts.directiveId ?? (await createDirective(db)).id;
  const deadline = opts.deadline ?? opts.steps[opts.steps.length - 1]?.deadline ?? new Date();
  return db.task.create({
    data: {
      title: opts.title ?? `Nhiệm vụ thử ${unique()}`,
      directiveId,
      leadUnitId: opts.leadUnitId,
      assignerId: opts.assignerId,
      deadline,
      originalDeadline: deadline,
      status: opts.status ?? "IN_PROGRESS",
      priority: opts.priority ?? "NORMAL",
      evaluationWeight: opts.evaluationWeight ?? null,
      steps: {
        create: opts.steps.map((s, i) => ({
          order: i + 1,
          name: `Khâu ${i + 1}`,
          kind: s.kind ?? "HANDLE",
          ownerId: s.owner.id,
          unitId: s.owner.unitId,
          deadline: s.deadline,
          originalDeadline: s.deadline,
          status: s.status ?? "TODO",
          completedAt: s.completedAt ?? null,
        })),
      },
    },
    include: { steps: { orderBy: { order: "asc" } } },
  });
}
