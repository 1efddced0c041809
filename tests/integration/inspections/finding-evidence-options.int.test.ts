import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { addFindingAction } from "../../../lib/actions/inspections/add-finding-action";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { getFindingEvidenceOptions } from "../../../lib/server/inspections/get-finding-evidence-options";
import { updateInspection } from "../../../lib/server/inspections/update-inspection";
import { createTask } from "../../factories/create-task";
import {
  createInspectionTree,
  type TInspectionTree,
  createSurpriseInspection,
} from "../../factories/create-inspection-tree";
import { testDb } from "../../support/use-test-db";

const created = new Date("2026-11-16T02:00:00Z");
const started = new Date("2026-11-17T02:00:00Z");
const now = new Date("2026-11-18T03:00:00Z");
const day = 24 * 3600 * 1000;

describe("the finding form's evidence: the inspected unit's work as its head reads it, and nothing else", () => {
  let tree: TInspectionTree;
  let id: string;
  let dongDaTask: { id: string; steps: Array<{ id: string }> };
  let siblingTaskId: string;
  let returnedEventId: string;
  let startedEventId: string;
  let siblingEventId: string;
  const as = async (who: keyof TInspectionTree["people"]) =>
    toCurrentActor(
      await testDb.prisma.user.findUniqueOrThrow({
        where: { id: tree.people[who].id },
        include: { unit: { select: { name: true, path: true } } },
      }),
    );

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    const { dongDaHead, dongDaStaff, hbtHead, hbtStaff } = tree.people;
    const deadline = new Date(now.getTime() + 5 * day);
    dongDaTask = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: dongDaHead.id,
      steps: [{ owner: dongDaStaff, deadline }],
    });
    siblingTaskId = (
      await createTask(testDb.prisma, {
        leadUnitId: tree.units.haiBaTrung.id,
        assignerId: hbtHead.id,
        steps: [{ owner: hbtStaff, deadline }],
      })
    ).id;
    const event = async (kind: "STEP_RETURNED" | "STEP_STARTED", taskId: string, actorId: string) =>
      (await testDb.prisma.event.create({ data: { kind, taskId, actorId, at: created, payload: {} } })).id;
    returnedEventId = await event("STEP_RETURNED", dongDaTask.id, dongDaStaff.id);
    startedEventId = await event("STEP_STARTED", dongDaTask.id, dongDaStaff.id);
    siblingEventId = await event("STEP_RETURNED", siblingTaskId, hbtStaff.id);
    ({ id } = await createSurpriseInspection(tree, created));
  });

  it("offers nothing before the inspection starts, nor to anyone off the team", async () => {
    await expect(getFindingEvidenceOptions(await as("member"), id, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateInspection(tree.people.lead.actor, id, { status: "IN_PROGRESS" }, started);
    await expect(getFindingEvidenceOptions(await as("otherInspector"), id, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("offers the team the inspected unit's tasks, their steps and its people, not a sibling unit's", async () => {
    const options = await getFindingEvidenceOptions(await as("member"), id, now);
    const taskIds = options.tasks.map((t) => t.id);
    expect(taskIds).toContain(dongDaTask.id);
    expect(taskIds).not.toContain(siblingTaskId);
    expect(options.steps.map((s) => s.id)).toContain(dongDaTask.steps[0]!.id);
    expect(options.steps.every((s) => taskIds.includes(s.taskId))).toBe(true);
    expect(options.signals.every((s) => taskIds.includes(s.taskId))).toBe(true);
    // Of the events, the moments a finding on shirking rests on: a return, not a start.
    const events = options.events.map((e) => e.id);
    expect(events).toContain(returnedEventId);
    expect(events).not.toContain(startedEventId);
    expect(events).not.toContain(siblingEventId);
    const people = options.people.map((p) => p.id);
    expect(people).toEqual(expect.arrayContaining([tree.people.dongDaHead.id, tree.people.dongDaStaff.id]));
    expect(people).not.toContain(tree.people.hbtStaff.id);
  });

  it("records a finding with evidence picked from those options, and refuses a sibling unit's task with no event", async () => {
    const add = async (links: Array<{ kind: string; id: string }>) =>
      executeAction(
        addFindingAction.definition,
        await as("member"),
        { inspectionId: id, severity: "SERIOUS", description: "Khâu xử lý không có người chịu trách nhiệm", links },
        now,
      );
    const refused = await add([{ kind: "task", id: siblingTaskId }]);
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { links: expect.any(Array) } });
    expect(
      await testDb.prisma.event.count({ where: { kind: "INSPECTION_FINDING_ADDED", actorId: tree.people.member.id } }),
    ).toBe(0);
    const ok = await add([
      { kind: "task", id: dongDaTask.id },
      { kind: "step", id: dongDaTask.steps[0]!.id },
      { kind: "event", id: returnedEventId },
      { kind: "user", id: tree.people.dongDaStaff.id },
    ]);
    expect(ok).toMatchObject({ ok: true });
    const finding = await testDb.prisma.inspectionFinding.findFirstOrThrow({
      where: { inspectionId: id },
      include: { links: true },
    });
    expect(finding.links.map((l) => l.taskId ?? l.stepId ?? l.eventId ?? l.userId).sort()).toEqual(
      [dongDaTask.id, dongDaTask.steps[0]!.id, returnedEventId, tree.people.dongDaStaff.id].sort(),
    );
  });
});
