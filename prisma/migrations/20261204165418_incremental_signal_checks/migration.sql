-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "signalsCheckAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Event_consultationId_seq_idx" ON "Event"("consultationId", "seq");

-- CreateIndex
CREATE INDEX "Task_signalsCheckAt_idx" ON "Task"("signalsCheckAt") WHERE ("signalsCheckAt" IS NOT NULL);

-- The tasks that may have a time-based signal (an open step, an unanswered consultation) get a
-- signal check at the earliest moment one may change, bounded below by `at_ts`: an open step's
-- deadline, the day its idleness could reach the stalled threshold (calendar days, an early
-- bound: working days never outnumber them), a consultation's response deadline. Early is only
-- a wasted check; the refresh that runs then sets the exact next moment (nextSignalCheckAt).
-- Called here to backfill, and by the application when the calendar or the policy changes
-- (either can move every such moment), and after a bulk load.
CREATE FUNCTION "schedule_signal_checks"(at_ts timestamp) RETURNS bigint LANGUAGE sql AS $$
  WITH stalled AS (
    SELECT GREATEST(COALESCE((SELECT ("value"->>'stalledAfterWorkingDays')::int FROM "Setting" WHERE "key" = 'policy'), 5) - 1, 0) AS days
  ), moments AS (
    SELECT s."taskId", LEAST(s."deadline", s."lastActivityAt" + (SELECT days FROM stalled) * interval '1 day') AS at
      FROM "TaskStep" s WHERE s."status" IN ('TODO', 'IN_PROGRESS') AND s."completedAt" IS NULL
    UNION ALL
    SELECT s."taskId", c."responseDeadline"
      FROM "Consultation" c JOIN "TaskStep" s ON s."id" = c."stepId" WHERE c."answeredAt" IS NULL
  ), due AS (
    SELECT "taskId", GREATEST(min(at), at_ts) AS at FROM moments GROUP BY "taskId"
  ), updated AS (
    UPDATE "Task" t SET "signalsCheckAt" = due.at FROM due
     WHERE t."id" = due."taskId" AND t."status" <> 'CANCELLED'
       AND t."signalsCheckAt" IS DISTINCT FROM LEAST(t."signalsCheckAt", due.at)
    RETURNING 1
  )
  SELECT count(*) FROM updated
$$;

SELECT "schedule_signal_checks"((now() AT TIME ZONE 'UTC')::timestamp(3));
