import type { Prisma, PrismaClient } from "../../lib/server/db/generated/client.ts";
import { eventsInTimeOrder, type TDemoModel } from "./demo-model.ts";

export type TDemoSummary = {
  units: number;
  users: number;
  directives: number;
  tasks: number;
  steps: number;
  events: number;
};

type TExtraRows = { calendarDays: Prisma.CalendarDayCreateManyInput[]; settings: Prisma.SettingCreateManyInput[] };

/**
 * One createMany per table, in one transaction: the demo is all or nothing, and PGlite
 * handles a few big statements far faster than hundreds of small ones. Tables are written
 * parents first; events last and in time order, so their `seq` follows time.
 */
export async function insertDemoModel(
  prisma: PrismaClient,
  model: TDemoModel,
  extra: TExtraRows,
): Promise<TDemoSummary> {
  const [, , units, users, , , directives, , , , tasks, , steps, , , , events] = await prisma.$transaction([
    prisma.calendarDay.createMany({ data: extra.calendarDays }),
    prisma.setting.createMany({ data: extra.settings }),
    prisma.unit.createMany({ data: model.units }),
    prisma.user.createMany({ data: model.users }),
    prisma.processTemplate.createMany({ data: model.templates }),
    prisma.processTemplateStep.createMany({ data: model.templateSteps }),
    prisma.directive.createMany({ data: model.directives }),
    prisma.attachment.createMany({ data: model.attachments }),
    prisma.taskRecurrence.createMany({ data: model.recurrences }),
    prisma.taskRecurrenceStep.createMany({ data: model.recurrenceSteps }),
    prisma.task.createMany({ data: model.tasks }),
    prisma.taskCoordinator.createMany({ data: model.coordinators }),
    prisma.taskStep.createMany({ data: model.steps }),
    prisma.consultation.createMany({ data: model.consultations }),
    prisma.extensionRequest.createMany({ data: model.extensions }),
    prisma.escalation.createMany({ data: model.escalations }),
    prisma.event.createMany({ data: eventsInTimeOrder(model) }),
  ]);
  return {
    units: units.count,
    users: users.count,
    directives: directives.count,
    tasks: tasks.count,
    steps: steps.count,
    events: events.count,
  };
}
