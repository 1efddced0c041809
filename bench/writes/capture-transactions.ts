import type pg from "pg";
import { ACTION_KINDS } from "./action-kinds.ts";
import type { TCaptured } from "./capture-types.ts";
import { createApiTokens, revokeApiTokens } from "./create-api-tokens.ts";
import { pickParticipants } from "./pick-participants.ts";
import { planCaptureJobs } from "./plan-capture-jobs.ts";
import { markStepsUsed } from "./prepare-bench-schema.ts";
import { runCapture } from "./run-capture.ts";

/**
 * The statements of `perKind` requests of every kind, sent by the app checkout's own route
 * handlers in-process on steps of their own (then marked used), with each write rolled back.
 * More people are taken when the first few do not own enough open steps (the 1% set).
 */
export async function captureTransactions(
  pool: pg.Pool,
  appDir: string,
  url: string,
  perKind: number,
): Promise<{ captured: TCaptured[]; notes: string[] }> {
  const need = perKind * ACTION_KINDS.length;
  let p = await pickParticipants(pool, 12, 40);
  for (const clients of [48, 192]) if (p.steps.length < need) p = await pickParticipants(pool, clients, 40);
  const label = `${new Date().toISOString()} capture`;
  const tokens = await createApiTokens(
    pool,
    [...p.heads.map((h) => h.id), ...p.heads.flatMap((h) => h.owners)],
    label,
    true,
  );
  const { jobs, short } = planCaptureJobs(p, tokens, perKind);
  await markStepsUsed(
    pool,
    jobs.map((j) => j.step.id),
    `capture ${label}`,
  );
  try {
    const captured = await runCapture(appDir, url, jobs);
    const failed = captured.filter((c) => c.status >= 300);
    const notes = [
      ...short.map((s) => `short of steps to capture ${s}`),
      ...failed.map((c) => `capture of ${c.kind} answered ${c.status}: ${c.error}`),
    ];
    return { captured, notes };
  } finally {
    await revokeApiTokens(pool, label);
  }
}
