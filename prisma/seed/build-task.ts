import { normalizeSearchText } from "../../lib/domain/search/normalize-search-text.ts";
import type { TaskStatus } from "../../lib/server/db/generated/client.ts";
import { addConsultations } from "./add-consultations.ts";
import { buildOpenStep } from "./build-open-step.ts";
import { lookup, newId, type TDemoModel } from "./demo-model.ts";
import { completionDate, planDeadlines } from "./plan-deadlines.ts";
import type { TSeedClock } from "./seed-clock.ts";
import type { TTaskSpec } from "./task-spec.ts";
import type { TTaskContext } from "./task-context.ts";

const MINUTE = 60_000;
/** Varied but fixed times of day for completed steps, so the history reads naturally. */
const DONE_TIMES = ["10:15", "15:40", "11:05", "16:20", "09:50", "14:35"];
/** What the owner wrote when completing a step, by kind; the last step reports the task's result. */
const STEP_RESULTS: Record<string, string> = {
  RECEIVE: "Đã tiếp nhận, phân công xử lý.",
  HANDLE: "Đã hoàn thành dự thảo.",
  CONSULT: "Đã tổng hợp, tiếp thu ý kiến các đơn vị.",
  SUBMIT: "Đã trình lãnh đạo.",
  APPROVE: "Đã phê duyệt.",
  ISSUE: "Đã ban hành, gửi kết quả.",
};

/** Builds one task, its steps from the template and their history, from a declarative spec. */
export function addTask(model: TDemoModel, clock: TSeedClock, spec: TTaskSpec): void {
  const template = lookup(model.templateByKey, spec.template, "template");
  const steps = template.steps;
  if (spec.owners.length !== steps.length) throw new Error(`Demo task ${spec.key} needs one owner per step`);
  const plan = planDeadlines(spec, steps, clock);
  const taskId = newId();
  const directiveId = lookup(model.directiveByNumber, spec.directive, "directive");
  const ctx: TTaskContext = {
    model,
    clock,
    spec,
    taskId,
    stepIds: steps.map(() => newId()),
    emit: (event) => model.events.push({ ...event, taskId, directiveId }),
    person: (key) => lookup(model.userByKey, key, "person"),
  };
  const assigner = ctx.person(spec.assigner);
  const parent = spec.parent ? lookup(model.taskByKey, spec.parent, "task") : undefined;
  const leadUnitId = lookup(model.unitByCode, spec.lead, "unit").id;
  const coordinatingUnitIds = (spec.coordinators ?? []).map((code) => lookup(model.unitByCode, code, "unit").id);
  const issuedAt = clock.at(plan.issueDate, "08:30");
  if (parent && parent.createdAt > issuedAt) throw new Error(`Demo task ${spec.key} is issued before its parent`);
  let cursor = issuedAt;
  const tick = (candidate: Date): Date =>
    (cursor = new Date(Math.max(candidate.getTime(), cursor.getTime() + 2 * MINUTE)));

  ctx.emit({
    at: issuedAt,
    kind: "TASK_CREATED",
    actorId: assigner.id,
    payload: {
      point: spec.point,
      leadUnitId,
      coordinatingUnitIds,
      deadline: clock.endOf(plan.original.at(-1)!).toISOString(),
      parentTaskId: parent?.id ?? null,
      templateId: template.id,
    },
  });
  steps.forEach((_, i) => {
    const owner = ctx.person(spec.owners[i]);
    ctx.emit({
      at: tick(issuedAt),
      kind: "STEP_ASSIGNED",
      actorId: assigner.id,
      stepId: ctx.stepIds[i],
      payload: { to: owner.id, toUnitId: owner.unitId, deadline: clock.endOf(plan.original[i]).toISOString() },
    });
  });

  // Only the open step can carry an approved extension; the later steps were re-planned from it.
  const openIndex = Math.min(spec.active, steps.length - 1);
  const rows = steps.map((step, i) => {
    const owner = ctx.person(spec.owners[i]);
    return {
      id: ctx.stepIds[i],
      taskId,
      order: i + 1,
      name: step.name,
      kind: step.kind,
      ownerId: owner.id,
      unitId: owner.unitId,
      deadline: clock.endOf(plan.current[i]),
      originalDeadline: clock.endOf(i === openIndex ? plan.original[i] : plan.current[i]),
      status: "PENDING" as "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE",
      startedAt: null as Date | null,
      completedAt: null as Date | null,
      result: null as string | null,
      lastActivityAt: issuedAt,
      createdAt: issuedAt,
    };
  });
  for (let i = 0; i < Math.min(spec.active, steps.length); i++) {
    const row = rows[i];
    row.status = "DONE";
    row.startedAt = tick(new Date(cursor.getTime() + 35 * MINUTE));
    ctx.emit({ at: row.startedAt, kind: "STEP_STARTED", actorId: row.ownerId, stepId: row.id, payload: {} });
    row.completedAt = tick(clock.at(completionDate(spec, i, plan, steps, clock), DONE_TIMES[i % DONE_TIMES.length]));
    row.result = (i === steps.length - 1 && spec.result) || STEP_RESULTS[row.kind];
    ctx.emit({
      at: row.completedAt,
      kind: "STEP_COMPLETED",
      actorId: row.ownerId,
      stepId: row.id,
      payload: { result: row.result },
    });
  }
  // The open step became the owner's to act on when the previous one was completed.
  const activatedAt = cursor;
  if (spec.active < steps.length) {
    Object.assign(rows[spec.active], buildOpenStep(ctx, spec.active, activatedAt, plan));
  } else {
    const last = rows.at(-1)!;
    ctx.emit({
      at: tick(cursor),
      kind: "TASK_COMPLETED",
      actorId: last.ownerId,
      // As completeStep records it: the result the last step was completed with.
      payload: { result: last.result!, lastStepId: last.id },
    });
  }
  addConsultations(ctx, rows);

  const taskEvents = model.events.filter((e) => e.taskId === taskId);
  const latest = (stepId?: string) =>
    new Date(Math.max(...taskEvents.filter((e) => !stepId || e.stepId === stepId).map((e) => e.at.getTime())));
  for (const row of rows) {
    if (row.status === "PENDING") continue;
    const last = latest(row.id);
    row.lastActivityAt = row.status === "DONE" || last > activatedAt ? last : activatedAt;
  }

  const isCompleted = spec.active >= steps.length;
  const status: TaskStatus = isCompleted
    ? "COMPLETED"
    : spec.active === 0 && rows[0].status === "TODO"
      ? "OPEN"
      : "IN_PROGRESS";
  const number = spec.directive;
  model.tasks.push({
    id: taskId,
    point: spec.point,
    title: spec.title,
    description: spec.description ?? null,
    directiveId,
    leadUnitId,
    assignerId: assigner.id,
    parentTaskId: parent?.id ?? null,
    templateId: template.id,
    deadline: clock.endOf(plan.current.at(-1)!),
    originalDeadline: clock.endOf(plan.original.at(-1)!),
    priority: spec.priority ?? "NORMAL",
    expectedResult: spec.expectedResult,
    status,
    result: isCompleted ? (spec.result ?? null) : null,
    completedAt: isCompleted ? rows.at(-1)!.completedAt : null,
    searchText: normalizeSearchText(spec.title, spec.description, spec.point, number),
    createdAt: issuedAt,
    updatedAt: latest(),
  });
  model.coordinators.push(...coordinatingUnitIds.map((unitId) => ({ taskId, unitId })));
  model.steps.push(...rows);
  model.taskByKey.set(spec.key, { id: taskId, createdAt: issuedAt });
}
