import type { SignalKind } from "../../lib/server/db/generated/client.ts";

/**
 * One SELECT per signal kind over the generated rows, keyed as lib/domain/signals keys them,
 * with the columns (key, kind, subject_user_id, unit_id, task_id, directive_id, step_id,
 * consultation_id, since, explanation, metrics). `$n` in each is that kind's row limit.
 */
const NOW = "pg_temp.bench_now()";
const lastActivity = "greatest(s.act, s.started, s.returned_at, s.ruled_at)";
const daysSince = (ts: string) => `(pg_temp.bench_today() - pg_temp.bench_local_date(${ts}))`;
const fromStep = `s.owner_id, s.unit_id, s.task_id, s.directive_id, s.id, NULL::text`;
const fromConsultation = `s.task_id, s.directive_id, s.id, c.id`;

export const signalSourcesSql: Record<SignalKind, string> = {
  OVERDUE_NO_EXTENSION: `
    SELECT 'OVERDUE_NO_EXTENSION:' || s.id || ':' || pg_temp.bench_ms(s.deadline), 'OVERDUE_NO_EXTENSION', ${fromStep}, s.deadline,
           'Khâu "' || s.name || '" quá hạn ' || ${daysSince("s.deadline")} || ' ngày, chưa xin gia hạn.',
           jsonb_build_object('workingDaysOverdue', round(${daysSince("s.deadline")} * 5 / 7.0))
    FROM bench_step s
    WHERE s.status IN ('TODO', 'IN_PROGRESS') AND s.state = 'OPEN' AND s.deadline < ${NOW} AND NOT s.is_extended
    ORDER BY random() LIMIT $n`,
  STALLED: `
    SELECT 'STALLED:' || s.id || ':' || pg_temp.bench_ms(${lastActivity}), 'STALLED', ${fromStep}, ${lastActivity},
           'Khâu "' || s.name || '" không có hoạt động nào trong ' || ${daysSince(lastActivity)} || ' ngày.',
           jsonb_build_object('workingDaysIdle', round(${daysSince(lastActivity)} * 5 / 7.0))
    FROM bench_step s
    WHERE s.status = 'IN_PROGRESS' AND s.state = 'OPEN' AND ${lastActivity} < ${NOW} - interval '7 days'
    ORDER BY random() LIMIT $n`,
  UNDECIDED: `
    SELECT 'UNDECIDED:' || s.id || ':' || pg_temp.bench_ms(s.deadline), 'UNDECIDED', ${fromStep}, s.deadline,
           CASE WHEN s.done IS NULL THEN 'Chưa quyết định khâu phê duyệt, đã quá hạn.' ELSE 'Quyết định khâu phê duyệt muộn.' END,
           jsonb_build_object('workingDaysOverdue', round((pg_temp.bench_local_date(coalesce(s.done, ${NOW}))
                                                           - pg_temp.bench_local_date(s.deadline)) * 5 / 7.0))
    FROM bench_step s
    WHERE s.kind = 'APPROVE' AND s.state <> 'CANCELLED'
      AND ((s.done IS NULL AND s.status <> 'PENDING' AND s.deadline < ${NOW}) OR s.done > s.deadline)
    ORDER BY random() LIMIT $n`,
  PING_PONG: `
    SELECT 'PING_PONG:' || s.id || ':' || s.prev_owner_id, 'PING_PONG', s.prev_owner_id, s.unit_id, s.task_id, s.directive_id, s.id,
           NULL::text, s.ruled_at, 'Khâu "' || s.name || '" bị chuyển qua lại giữa các cá nhân.', jsonb_build_object('bounces', 1)
    FROM bench_step s WHERE s.handover IN ('REASSIGN', 'UPHOLD')
    ORDER BY random() LIMIT $n`,
  RETURN_OVERRULED: `
    SELECT 'RETURN_OVERRULED:' || s.ruling_event_id, 'RETURN_OVERRULED', ${fromStep}, s.ruled_at,
           'Trả lại khâu "' || s.name || '" không được lãnh đạo chấp nhận.', '{}'::jsonb
    FROM bench_step s WHERE s.handover = 'OVERRULE'
    ORDER BY random() LIMIT $n`,
  CONSULTATION_LATE: `
    SELECT 'CONSULTATION_LATE:' || c.id, 'CONSULTATION_LATE', c."answeredById", u."unitId", ${fromConsultation}, c."responseDeadline",
           'Trả lời xin ý kiến chậm ' || ${daysSince('c."responseDeadline"')} - ${daysSince('c."answeredAt"')} || ' ngày.',
           jsonb_build_object('workingDaysLate', round((${daysSince('c."responseDeadline"')} - ${daysSince('c."answeredAt"')}) * 5 / 7.0))
    FROM "Consultation" c JOIN bench_step s ON s.id = c."stepId" JOIN "User" u ON u.id = c."answeredById"
    WHERE c."answeredAt" > c."responseDeadline"
    ORDER BY random() LIMIT $n`,
  CONSULTATION_UNANSWERED: `
    SELECT 'CONSULTATION_UNANSWERED:' || c.id, 'CONSULTATION_UNANSWERED', c."targetUserId", coalesce(u."unitId", c."targetUnitId"),
           ${fromConsultation}, c."responseDeadline",
           'Chưa trả lời xin ý kiến, đã quá hạn ' || ${daysSince('c."responseDeadline"')} || ' ngày.',
           jsonb_build_object('workingDaysOverdue', round(${daysSince('c."responseDeadline"')} * 5 / 7.0))
    FROM "Consultation" c JOIN bench_step s ON s.id = c."stepId" LEFT JOIN "User" u ON u.id = c."targetUserId"
    WHERE c."answeredAt" IS NULL AND c."responseDeadline" < ${NOW}
    ORDER BY random() LIMIT $n`,
  CONSULTATION_VAGUE: `
    SELECT 'CONSULTATION_VAGUE:' || c.id, 'CONSULTATION_VAGUE', c."answeredById", u."unitId", ${fromConsultation}, c."markedVagueAt",
           'Trả lời xin ý kiến chung chung: ' || c."vagueReason", '{}'::jsonb
    FROM "Consultation" c JOIN bench_step s ON s.id = c."stepId" JOIN "User" u ON u.id = c."answeredById"
    WHERE c."isVague"
    ORDER BY random() LIMIT $n`,
};
