/**
 * SELECTs of the events behind the generated extension requests, consultations and
 * escalations (same columns as lifecycleEventsSql). Joining bench_step keeps the demo's own
 * rows out: the demo seed already wrote their events. Payload keys as in lib/schemas/event-payloads.
 */
const iso = (ts: string) => `pg_temp.bench_iso(${ts})`;

export const sideEventsSql: readonly string[] = [
  `SELECT NULL, r."createdAt", 'EXTENSION_REQUESTED', r."requesterId", s.directive_id, s.task_id, s.id, NULL,
          jsonb_build_object('requestId', r.id, 'previousDeadline', ${iso('r."previousDeadline"')},
                             'requestedDeadline', ${iso('r."requestedDeadline"')}), r.reason
   FROM "ExtensionRequest" r JOIN bench_step s ON s.id = r."stepId"`,
  `SELECT NULL, r."decidedAt", CASE r.status WHEN 'APPROVED' THEN 'EXTENSION_APPROVED' ELSE 'EXTENSION_REJECTED' END,
          r."decidedById", s.directive_id, s.task_id, s.id, NULL,
          jsonb_build_object('requestId', r.id, 'previousDeadline', ${iso('r."previousDeadline"')})
            || CASE r.status WHEN 'APPROVED' THEN jsonb_build_object('newDeadline', ${iso('r."requestedDeadline"')}) ELSE '{}'::jsonb END,
          r."decisionNote"
   FROM "ExtensionRequest" r JOIN bench_step s ON s.id = r."stepId" WHERE r."decidedAt" IS NOT NULL`,
  `SELECT NULL, r."decidedAt" + interval '1 minute', 'TASK_UPDATED', r."decidedById", s.directive_id, s.task_id, NULL, NULL,
          jsonb_build_object('field', 'deadline', 'previousDeadline', ${iso('r."previousDeadline"')},
                             'newDeadline', ${iso('r."requestedDeadline"')}), r."decisionNote"
   FROM "ExtensionRequest" r JOIN bench_step s ON s.id = r."stepId" WHERE r.status = 'APPROVED'`,
  `SELECT NULL, c."createdAt", 'CONSULTATION_REQUESTED', c."requesterId", s.directive_id, s.task_id, s.id, c.id,
          jsonb_build_object('targetUnitId', c."targetUnitId", 'targetUserId', c."targetUserId",
                             'responseDeadline', ${iso('c."responseDeadline"')}), NULL
   FROM "Consultation" c JOIN bench_step s ON s.id = c."stepId"`,
  `SELECT NULL, c."answeredAt", 'CONSULTATION_ANSWERED', c."answeredById", s.directive_id, s.task_id, s.id, c.id,
          jsonb_build_object('position', c.position, 'late', c."answeredAt" > c."responseDeadline"), NULL
   FROM "Consultation" c JOIN bench_step s ON s.id = c."stepId" WHERE c."answeredAt" IS NOT NULL`,
  `SELECT NULL, c."markedVagueAt", 'CONSULTATION_MARKED_VAGUE', c."requesterId", s.directive_id, s.task_id, s.id, c.id,
          jsonb_build_object('answeredById', c."answeredById"), c."vagueReason"
   FROM "Consultation" c JOIN bench_step s ON s.id = c."stepId" WHERE c."markedVagueAt" IS NOT NULL`,
  `SELECT NULL, e."createdAt", 'ESCALATED', e."raisedById", s.directive_id, s.task_id, s.id, NULL,
          jsonb_build_object('escalationId', e.id, 'fromUnitId', e."fromUnitId", 'toUnitId', e."toUnitId"), e.reason
   FROM "Escalation" e JOIN bench_step s ON s.id = e."stepId"`,
];
