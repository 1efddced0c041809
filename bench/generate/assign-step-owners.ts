import type pg from "pg";

/**
 * bench_step: bench_step_draft with people. The owner is a staff member of the step's unit
 * (the head or the deputy for an APPROVE step); prev_owner, for a step passed on, another
 * staff member of the same unit; the head rules on returns and decides extensions.
 * Handover instants fall between activation and the start (or completion, or now), so the
 * owner starts only after the step reached them.
 */
export async function assignStepOwners(client: pg.ClientBase): Promise<void> {
  const until = `coalesce(q.started, q.done, pg_temp.bench_now())`;
  await client.query(
    `CREATE TEMP TABLE bench_step AS
     WITH placed AS (
       SELECT d.*, su.id AS unit_id, su.parent_idx, su.u_lo, su.u_cnt - 2 AS staff,
              CASE WHEN d.kind = 'APPROVE' THEN su.u_lo + floor(d.r_owner * 2)::int
                   ELSE su.u_lo + 2 + floor(d.r_owner * (su.u_cnt - 2))::int END AS owner_idx
       FROM bench_step_draft d JOIN bench_unit su ON su.idx = d.unit_idx)
     SELECT q.task_n, q.task_id, q.id, q.ord, q.nsteps, q.state, q.kind, q.name, q.result, q.status,
            q.created, q.act, q.started, q.done, q.unit_idx, q.unit_id, q.parent_idx, q.directive_id, q.assigner_id,
            q.deadline, CASE WHEN q.is_extended THEN q.planned_deadline ELSE q.deadline END AS original_deadline, q.is_extended,
            o.id AS owner_id, hd.id AS head_id, pv.id AS prev_owner_id, q.handover,
            CASE q.handover WHEN 'OPEN_RETURN' THEN q.open_returned_at
                 WHEN 'UPHOLD' THEN pg_temp.bench_lerp(q.act, ${until}, 0.3)
                 WHEN 'OVERRULE' THEN pg_temp.bench_lerp(q.act, ${until}, 0.3) END AS returned_at,
            CASE WHEN q.handover IN ('REASSIGN', 'UPHOLD', 'OVERRULE') THEN pg_temp.bench_lerp(q.act, ${until}, 0.6) END AS ruled_at,
            CASE WHEN q.handover IS NOT NULL THEN gen_random_uuid()::text END AS ruling_event_id
     FROM placed q
     JOIN bench_user o ON o.idx = q.owner_idx
     JOIN bench_user hd ON hd.idx = q.u_lo
     LEFT JOIN bench_user pv ON q.handover IN ('REASSIGN', 'UPHOLD')
       AND pv.idx = q.u_lo + 2 + (greatest(q.owner_idx - q.u_lo - 2, 0) + 1 + floor(q.r_prev * (q.staff - 1))::int) % q.staff`,
  );
  await client.query(`DROP TABLE bench_step_draft`);
  await client.query(`ANALYZE bench_step`);
}
