import { normalizeSearchText } from "../../lib/domain/search/normalize-search-text.ts";
import { addTask } from "./build-task.ts";
import { lookup, newId, type TDemoModel } from "./demo-model.ts";
import type { TSeedClock } from "./seed-clock.ts";
import type { TTaskSpec } from "./task-spec.ts";

/** The number of the demo's issued conclusion (kết luận kiểm tra) of BHXH TP. Đà Nẵng. */
export const DEMO_CONCLUSION_NUMBER = "27/KL-TTKT";
export const DEMO_CONCLUSION_SUBJECT =
  "Kiểm tra công vụ việc tiếp công dân, giải quyết khiếu nại, tố cáo theo Công văn 1151/BHXH-TTKT";
/** The working-day offset of the day the conclusion was issued (at 08:00; its tasks at 08:30). */
export const CONCLUDED_ON = -12;

/**
 * The conclusion as the app writes it (issueConclusion): a directive of kind KET_LUAN issued by
 * the inspecting unit, whose recommendations are tasks like any other, built here with the rest
 * of the demo's tasks so that they carry the same history, signals and dashboards. The
 * inspection, its findings and the conclusion's row are written by seedInspections.
 */
export function addDemoConclusion(model: TDemoModel, clock: TSeedClock): void {
  const lead = lookup(model.userByKey, "longdv", "person");
  const issuedAt = clock.at(clock.day(CONCLUDED_ON), "08:00");
  const id = newId();
  const issuer = "Vụ Thanh tra - Kiểm tra";
  const subject = `${DEMO_CONCLUSION_SUBJECT} (BHXH TP. Đà Nẵng)`;
  const summary =
    "BHXH TP. Đà Nẵng đã niêm yết nội quy tiếp công dân nhưng Giám đốc chưa tiếp công dân định kỳ theo lịch; 03 đơn khiếu nại giải quyết quá thời hạn luật định, chưa có giải trình.";
  model.directives.push({
    id,
    number: DEMO_CONCLUSION_NUMBER,
    kind: "KET_LUAN",
    issuer,
    issuedAt,
    subject,
    summary,
    implementsId: null,
    searchText: normalizeSearchText(DEMO_CONCLUSION_NUMBER, subject, issuer),
    createdById: lead.id,
    createdAt: issuedAt,
  });
  model.directiveByNumber.set(DEMO_CONCLUSION_NUMBER, id);
  model.events.push({
    at: issuedAt,
    kind: "DIRECTIVE_CREATED",
    actorId: lead.id,
    directiveId: id,
    payload: { number: DEMO_CONCLUSION_NUMBER, kind: "KET_LUAN", implementsId: null },
  });
  for (const spec of recommendationSpecs(clock)) addTask(model, clock, spec);
}

/** The two recommendations: the schedule, done on time; the overdue complaints, under way and due soon. */
function recommendationSpecs(clock: TSeedClock): TTaskSpec[] {
  const issueDate = clock.day(CONCLUDED_ON);
  const common = { directive: DEMO_CONCLUSION_NUMBER, lead: "DN", assigner: "longdv", issueDate } as const;
  return [
    {
      ...common,
      key: "KL27-1-DN",
      point: "1",
      template: "QT",
      title: "Ban hành và thực hiện lịch tiếp công dân định kỳ của Giám đốc BHXH TP. Đà Nẵng",
      expectedResult: "Lịch tiếp công dân định kỳ được ban hành, niêm yết; biên bản các buổi tiếp.",
      owners: ["tainv", "hoaitt", "ducpv", "hoaitt"],
      active: 4,
      due: -2,
      result: "Đã ban hành lịch tiếp công dân hằng tháng; Giám đốc tiếp công dân ngày 15 hằng tháng.",
    },
    {
      ...common,
      key: "KL27-2-DN",
      point: "2",
      template: "BC",
      priority: "HIGH",
      title: "Giải quyết dứt điểm 03 đơn khiếu nại quá hạn và báo cáo Vụ Thanh tra - Kiểm tra",
      expectedResult: "Quyết định giải quyết 03 đơn; báo cáo kết quả và kiểm điểm trách nhiệm.",
      owners: ["tainv", "tainv", "hoaitt", "ducpv", "tainv"],
      active: 1,
      due: 2,
      progress: [
        { on: -1, at: "16:10", note: "Đã ban hành quyết định giải quyết 02/03 đơn; đơn còn lại đang xác minh." },
      ],
    },
  ];
}
