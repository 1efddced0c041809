import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";

const QUESTIONS = [
  "Đề nghị cho ý kiến về dự thảo báo cáo.",
  "Đề nghị cung cấp số liệu đối chiếu để hoàn thiện hồ sơ.",
  "Xin ý kiến về phương án xử lý đối với trường hợp vướng mắc.",
  "Đề nghị cho ý kiến thẩm định trước khi trình lãnh đạo.",
];
const ANSWERS = [
  "Nhất trí với dự thảo.",
  "Nhất trí, đề nghị bổ sung số liệu quý gần nhất.",
  "Không nhất trí, đề nghị xem lại căn cứ pháp lý.",
  "Nội dung không thuộc chức năng, nhiệm vụ của đơn vị.",
];
const POSITIONS = ["AGREE", "AGREE_WITH_COMMENTS", "DISAGREE", "NOT_IN_REMIT"];
/** Of all consultations: answered on time, answered late; the rest are still unanswered. */
const ON_TIME = 0.7;
const ANSWERED = 0.85;

/**
 * Consultations asked by step owners (steps of kind CONSULT five times as likely), to the
 * parent unit or any other unit, sometimes to a named person; answered on time, late or not
 * at all, and sometimes marked vague by the requester. An answer that would fall after now
 * is not given yet.
 */
export async function generateConsultations(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  const result = await client.query(
    `WITH picked AS MATERIALIZED (
       SELECT s.id AS step_id, s.owner_id, s.unit_idx, s.parent_idx, s.act, coalesce(s.done, pg_temp.bench_now()) AS t_end
       FROM bench_step s
       WHERE s.status <> 'PENDING' AND s.act < pg_temp.bench_now() - interval '3 hours'
       ORDER BY random() * CASE WHEN s.kind = 'CONSULT' THEN 0.2 ELSE 1 END LIMIT $1::int),
     drawn AS MATERIALIZED (
       SELECT p.*, gen_random_uuid()::text AS id, random() AS r_ask, random() AS r_target, random() AS r_unit, random() AS r_user,
              random() AS r_who, random() AS r_answer, random() AS r_answer_at, random() AS r_position, random() AS r_vague,
              random() AS r_question
       FROM picked p),
     targeted AS (
       SELECT d.*, pg_temp.bench_lerp(d.act, d.t_end, 0.1 + 0.5 * d.r_ask) AS asked_at,
              CASE WHEN d.r_target < 0.5 AND d.parent_idx IS NOT NULL THEN d.parent_idx
                   ELSE coalesce(nullif(1 + floor(d.r_unit * (SELECT count(*) FROM bench_unit))::int, d.unit_idx),
                                 CASE WHEN d.unit_idx = 1 THEN 2 ELSE 1 END) END AS target_idx
       FROM drawn d),
     addressed AS (
       SELECT g.*, tu.id AS target_unit_id, CASE WHEN g.r_user < 0.6 THEN tw.id END AS target_user_id, th.id AS target_head_id,
              pg_temp.bench_end_of_day(pg_temp.bench_next_weekday(pg_temp.bench_local_date(g.asked_at) + 5)) AS response_deadline
       FROM targeted g
       JOIN bench_unit tu ON tu.idx = g.target_idx
       JOIN bench_user th ON th.idx = tu.u_lo
       JOIN bench_user tw ON tw.idx = tu.u_lo + 2 + floor(g.r_who * (tu.u_cnt - 2))::int),
     answered AS (
       SELECT a.*, CASE WHEN x.at < pg_temp.bench_now() - interval '10 minutes' THEN x.at END AS answered_at
       FROM addressed a CROSS JOIN LATERAL (SELECT
         CASE WHEN a.r_answer < $2::float8 THEN pg_temp.bench_lerp(a.asked_at, a.response_deadline, 0.2 + 0.75 * a.r_answer_at)
              WHEN a.r_answer < $3::float8 THEN a.response_deadline + (1 + 9 * a.r_answer_at) * interval '1 day' END AS at) x),
     marked AS (
       SELECT b.*, CASE WHEN b.answered_at IS NOT NULL AND b.r_vague < $4::float8
                          AND b.answered_at + interval '20 hours' < pg_temp.bench_now()
                        THEN b.answered_at + (1 + 19 * b.r_vague / $4::float8) * interval '1 hour' END AS vague_at,
              1 + floor(b.r_position * 10)::int AS position_draw
       FROM answered b)
     INSERT INTO "Consultation" (id, "stepId", "requesterId", "targetUnitId", "targetUserId", question, "responseDeadline", answer,
                                 position, "answeredById", "answeredAt", "isVague", "vagueReason", "markedVagueAt", "createdAt")
     SELECT m.id, m.step_id, m.owner_id, m.target_unit_id, m.target_user_id,
            ($5::text[])[1 + floor(m.r_question * cardinality($5::text[]))::int], m.response_deadline,
            CASE WHEN m.answered_at IS NOT NULL THEN ($6::text[])[p.i] END,
            CASE WHEN m.answered_at IS NOT NULL THEN ($7::text[])[p.i]::"ConsultationPosition" END,
            CASE WHEN m.answered_at IS NOT NULL THEN coalesce(m.target_user_id, m.target_head_id) END,
            m.answered_at, m.vague_at IS NOT NULL,
            CASE WHEN m.vague_at IS NOT NULL THEN 'Trả lời chung chung, chưa nêu rõ đồng ý hay không đồng ý.' END,
            m.vague_at, m.asked_at
     FROM marked m
     CROSS JOIN LATERAL (SELECT CASE WHEN m.position_draw <= 5 THEN 1 WHEN m.position_draw <= 8 THEN 2
                                     WHEN m.position_draw <= 9 THEN 3 ELSE 4 END AS i) p
     ORDER BY m.asked_at`,
    [sizes.consultations, ON_TIME, ANSWERED, sizes.vagueShare / ANSWERED, QUESTIONS, ANSWERS, POSITIONS],
  );
  return result.rowCount ?? 0;
}
