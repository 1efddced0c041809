/**
 * SELECTs of the events that every task's life produces, each with the columns
 * (id, at, kind, actor_id, directive_id, task_id, step_id, consultation_id, payload, reason);
 * a NULL id is generated when the row is written. Each payload's keys are those of its kind in
 * lib/schemas/event-payloads (ZEventPayload), the shape the app writes and the signal rules
 * read; tests/integration/events/event-payloads-parse.int.test.ts parses a generated set.
 */
const iso = (ts: string) => `pg_temp.bench_iso(${ts})`;
const NOW = "pg_temp.bench_now()";

export const lifecycleEventsSql: readonly string[] = [
  `SELECT NULL::text AS id, d."createdAt" AS at, 'DIRECTIVE_CREATED' AS kind, d."createdById" AS actor_id, d.id AS directive_id,
          NULL::text AS task_id, NULL::text AS step_id, NULL::text AS consultation_id,
          jsonb_build_object('number', d.number, 'kind', d.kind, 'implementsId', d."implementsId") AS payload, NULL::text AS reason
   FROM "Directive" d JOIN bench_directive bd ON bd.id = d.id`,
  // Generated tasks have no coordinating unit, parent or template.
  `SELECT NULL, t.created, 'TASK_CREATED', t.assigner_id, t.directive_id, t.id, NULL, NULL,
          jsonb_build_object('point', tk.point, 'leadUnitId', tk."leadUnitId", 'coordinatingUnitIds', '[]'::jsonb,
                             'deadline', ${iso('tk."originalDeadline"')}, 'parentTaskId', tk."parentTaskId",
                             'templateId', tk."templateId"), NULL
   FROM bench_task t JOIN "Task" tk ON tk.id = t.id`,
  `SELECT NULL, s.created + s.ord * interval '2 minutes', 'STEP_ASSIGNED', s.assigner_id, s.directive_id, s.task_id, s.id, NULL,
          jsonb_build_object('to', CASE WHEN s.handover IN ('REASSIGN', 'UPHOLD') THEN s.prev_owner_id ELSE s.owner_id END,
                             'toUnitId', s.unit_id, 'deadline', ${iso("s.original_deadline")}), NULL
   FROM bench_step s`,
  `SELECT NULL, s.started, 'STEP_STARTED', s.owner_id, s.directive_id, s.task_id, s.id, NULL, '{}'::jsonb, NULL
   FROM bench_step s WHERE s.started IS NOT NULL`,
  `SELECT NULL, s.done, 'STEP_COMPLETED', s.owner_id, s.directive_id, s.task_id, s.id, NULL, jsonb_build_object('result', s.result), NULL
   FROM bench_step s WHERE s.status = 'DONE'`,
  `SELECT NULL, s.done + interval '2 minutes', 'TASK_COMPLETED', s.owner_id, s.directive_id, s.task_id, NULL, NULL,
          jsonb_build_object('result', 'Đã hoàn thành, báo cáo kết quả.', 'lastStepId', s.id), NULL
   FROM bench_step s WHERE s.state = 'DONE' AND s.ord = s.nsteps`,
  `SELECT NULL, s.returned_at, 'STEP_RETURNED', CASE WHEN s.handover = 'UPHOLD' THEN s.prev_owner_id ELSE s.owner_id END,
          s.directive_id, s.task_id, s.id, NULL,
          jsonb_build_object('from', CASE WHEN s.handover = 'UPHOLD' THEN s.prev_owner_id ELSE s.owner_id END, 'fromUnitId', s.unit_id),
          'Nội dung không thuộc phạm vi xử lý của tôi, đề nghị lãnh đạo phân công lại.'
   FROM bench_step s WHERE s.returned_at IS NOT NULL`,
  `SELECT CASE WHEN s.handover = 'OVERRULE' THEN s.ruling_event_id END, s.ruled_at,
          CASE s.handover WHEN 'REASSIGN' THEN 'STEP_REASSIGNED' WHEN 'UPHOLD' THEN 'RETURN_UPHELD' ELSE 'RETURN_OVERRULED' END,
          s.head_id, s.directive_id, s.task_id, s.id, NULL,
          CASE WHEN s.handover = 'OVERRULE' THEN jsonb_build_object('returnedBy', s.owner_id)
               ELSE jsonb_build_object('from', s.prev_owner_id, 'to', s.owner_id, 'fromUnitId', s.unit_id, 'toUnitId', s.unit_id) END,
          CASE WHEN s.handover = 'OVERRULE' THEN 'Nội dung thuộc nhiệm vụ được giao, đề nghị tiếp tục xử lý.'
               ELSE 'Điều chỉnh phân công cho phù hợp.' END
   FROM bench_step s WHERE s.ruled_at IS NOT NULL AND s.ruled_at < ${NOW}`,
];
