import { randomUUID } from "node:crypto";
import type { TEventPayload } from "../../lib/schemas/event-payloads.ts";
import type { Prisma } from "../../lib/server/db/generated/client.ts";

/**
 * The whole demo built in memory first, with ids chosen up front, so that every table is
 * then written with one createMany (fast on PGlite) and relations need no round trips.
 */
export type TDemoModel = {
  units: Prisma.UnitCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  templates: Prisma.ProcessTemplateCreateManyInput[];
  templateSteps: Prisma.ProcessTemplateStepCreateManyInput[];
  directives: Prisma.DirectiveCreateManyInput[];
  attachments: Prisma.AttachmentCreateManyInput[];
  tasks: Prisma.TaskCreateManyInput[];
  coordinators: Prisma.TaskCoordinatorCreateManyInput[];
  steps: Prisma.TaskStepCreateManyInput[];
  consultations: Prisma.ConsultationCreateManyInput[];
  extensions: Prisma.ExtensionRequestCreateManyInput[];
  escalations: Prisma.EscalationCreateManyInput[];
  recurrences: Prisma.TaskRecurrenceCreateManyInput[];
  recurrenceSteps: Prisma.TaskRecurrenceStepCreateManyInput[];
  events: TDemoEvent[];
  unitByCode: Map<string, { id: string; path: string }>;
  userByKey: Map<string, { id: string; unitId: string }>;
  templateByKey: Map<string, { id: string; steps: TTemplateStep[] }>;
  directiveByNumber: Map<string, string>;
  taskByKey: Map<string, { id: string; createdAt: Date }>;
};

export type TTemplateStep = { name: string; kind: Prisma.ProcessTemplateStepCreateManyInput["kind"]; days: number };

export type TDemoEventColumns = {
  at: Date;
  actorId: string | null;
  directiveId?: string;
  taskId?: string;
  stepId?: string;
  consultationId?: string;
  reason?: string;
};

/** An event of the story, its payload typed by its kind as the app writes it (lib/schemas/event-payloads). */
export type TDemoEvent = TDemoEventColumns & TEventPayload;

export const newId = (): string => randomUUID();

export function createDemoModel(): TDemoModel {
  return {
    units: [],
    users: [],
    templates: [],
    templateSteps: [],
    directives: [],
    attachments: [],
    tasks: [],
    coordinators: [],
    steps: [],
    consultations: [],
    extensions: [],
    escalations: [],
    recurrences: [],
    recurrenceSteps: [],
    events: [],
    unitByCode: new Map(),
    userByKey: new Map(),
    templateByKey: new Map(),
    directiveByNumber: new Map(),
    taskByKey: new Map(),
  };
}

export function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what} "${key}"`);
  return value;
}

/**
 * Events sorted by time, so that `seq` (assigned on insert) follows time. The sort is
 * stable: events at the same instant keep the order in which the story produced them.
 */
export function eventsInTimeOrder(model: TDemoModel): Prisma.EventCreateManyInput[] {
  return [...model.events].sort((a, b) => a.at.getTime() - b.at.getTime());
}
