import { addCalendarDays } from "../../lib/domain/calendar/index.ts";
import { createOnOf } from "../../lib/domain/recurrence/due-periods.ts";
import { deadlineOfPeriod } from "../../lib/domain/recurrence/deadline-of-period.ts";
import { nextPeriod } from "../../lib/domain/recurrence/next-period.ts";
import { periodOf } from "../../lib/domain/recurrence/period-of.ts";
import type { TRecurrenceRule } from "../../lib/domain/recurrence/recurrence-rule.ts";
import { addTask } from "./build-task.ts";
import { lookup, newId, type TDemoModel } from "./demo-model.ts";
import type { TSeedClock } from "./seed-clock.ts";

const DIRECTIVE = "1151/BHXH-TTKT";
const TITLE = "Báo cáo tháng kết quả rà soát, thu hồi số tiền hưởng sai quy định gửi Vụ Thanh tra - Kiểm tra";
const OWNERS = ["tamttt", "yenpth", "yenpth", "hoand", "tamttt"];
/** How many months before the current one the recurrence starts; the second month's report was sent late. */
const PAST_MONTHS = 3;

/**
 * Point 7 of Công văn 1151/BHXH-TTKT as a monthly duty of BHXH TP. Hà Nội: the report goes to
 * Vụ Thanh tra - Kiểm tra by day 20 of each month. The recurrence starts three months back;
 * each of those months has its instance, completed (one of them three working days late).
 * The months still to come (the current one included) are left to the recurring-tasks job,
 * which creates them as it would for any recurrence, within the hour of the app starting.
 */
export function addRecurrences(model: TDemoModel, clock: TSeedClock): void {
  const current = periodOf("MONTHLY", clock.today);
  let first = current;
  for (let i = 0; i < PAST_MONTHS; i++) first = periodOf("MONTHLY", addCalendarDays(first.start, -1));
  const rule: TRecurrenceRule = {
    frequency: "MONTHLY",
    deadlineRule: "FIXED_DAY",
    deadlineDay: 20,
    deadlineNextMonth: false,
    deadlineOffset: null,
    leadDays: 7,
    startsOn: first.key,
  };
  const template = lookup(model.templateByKey, "BC", "template");
  const head = lookup(model.userByKey, "hoand", "person");
  const leadUnitId = lookup(model.unitByCode, "HN", "unit").id;
  const directiveId = lookup(model.directiveByNumber, DIRECTIVE, "directive");
  const recurrenceId = newId();
  const createdAt = clock.at(addCalendarDays(createOnOf(rule, first), -1), "09:00");
  model.recurrences.push({
    id: recurrenceId,
    title: TITLE,
    directiveId,
    leadUnitId,
    templateId: template.id,
    ...rule,
    createdById: head.id,
    createdAt,
  });
  model.recurrenceSteps.push(
    ...template.steps.map((s, i) => {
      const owner = lookup(model.userByKey, OWNERS[i], "person");
      return {
        recurrenceId,
        order: i + 1,
        name: s.name,
        kind: s.kind,
        ownerId: owner.id,
        unitId: owner.unitId,
        durationDays: s.days,
      };
    }),
  );
  model.events.push({
    at: createdAt,
    actorId: head.id,
    directiveId,
    kind: "RECURRENCE_CHANGED",
    payload: { op: "CREATED", recurrenceId, title: TITLE, leadUnitId, frequency: "MONTHLY" },
  });
  for (let period = first, n = 0; ; period = nextPeriod("MONTHLY", period), n++) {
    const deadline = deadlineOfPeriod(rule, period, clock.cal);
    if (deadline >= clock.today) break;
    const key = `REC-1151-7-${period.key}`;
    const late = n === 1 ? { 4: offsetOf(clock, clock.shift(deadline, 3)) } : undefined;
    const month = `tháng ${Number(period.key.slice(5))}/${period.key.slice(0, 4)}`;
    addTask(model, clock, {
      key,
      directive: DIRECTIVE,
      point: "7",
      template: "BC",
      lead: "HN",
      assigner: "hoand",
      title: `${TITLE} (${month})`,
      expectedResult: "Báo cáo gửi Vụ Thanh tra - Kiểm tra trước ngày 20.",
      owners: OWNERS,
      active: OWNERS.length,
      due: 0,
      dueDate: deadline,
      issueDate: createOnOf(rule, period),
      doneOn: late,
      result: late
        ? `Đã gửi báo cáo ${month}; chậm 3 ngày làm việc do chờ số liệu thu hồi của các quận, huyện.`
        : `Đã gửi báo cáo ${month} đúng hạn.`,
    });
    markInstance(model, key, recurrenceId, period.key);
  }
}

/** The working-day offset from today of a past working day, as the task specs count. */
function offsetOf(clock: TSeedClock, date: string): number {
  for (let k = -1; k > -400; k--) if (clock.day(k) <= date) return k;
  throw new RangeError(`No working day found for ${date}`);
}

/** Marks a built task as the recurrence's instance for `period`, on the row and in its TASK_CREATED event. */
function markInstance(model: TDemoModel, key: string, recurrenceId: string, period: string): void {
  const { id } = lookup(model.taskByKey, key, "task");
  const task = model.tasks.find((t) => t.id === id)!;
  task.recurrenceId = recurrenceId;
  task.recurrencePeriod = period;
  const created = model.events.find((e) => e.taskId === id && e.kind === "TASK_CREATED");
  if (created?.kind === "TASK_CREATED") Object.assign(created.payload, { recurrenceId, recurrencePeriod: period });
}
