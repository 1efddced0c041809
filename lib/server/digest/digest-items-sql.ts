import "server-only";

/**
 * The lines of everyone's daily digest, as one statement (parameters: $1 now, $2 the end of
 * today, $3 the previous digest's start, $4 the lines per section, $5 the DIGEST channel
 * pairs). Each branch yields the same columns; the outer query
 * keeps the first lines of each person's section (DIGEST_LINES_PER_SECTION, $4) with the section's
 * count, and only active people. Every branch starts from a small, indexed set: open steps by
 * (completedAt, deadline), unanswered consultations, open signals, returned steps by status,
 * pending extensions by status, the notifications by createdAt; heads are found along the
 * unit's materialised path through User's unitId index, as findNearestHeads does.
 */
const NOW = "$1::timestamp(3)";
const END_OF_TODAY = "$2::timestamp(3)";
const SINCE = "$3::timestamp(3)";
/** "KIND:stored channel" pairs whose effective channel is DIGEST (digestChannelPairs). */
const DIGEST_PAIRS = "$5::text[]";
const OPEN = `s."completedAt" IS NULL AND s."status" <> 'DONE' AND t."status" NOT IN ('COMPLETED', 'CANCELLED')`;
const HEAD = `h."isActive" AND 'UNIT_HEAD' = ANY (h."roles"::text[])`;
const PATH_IDS = `string_to_array(trim(both '/' from su."path"), '/')`;

const OWN_STEPS = `
  SELECT s."ownerId" AS "userId", CASE WHEN s."deadline" < ${NOW} THEN 'overdue' ELSE 'dueToday' END AS "section",
         s."taskId", s."id" AS "stepId", s."deadline", NULL::text AS "consultationId", NULL::text AS "signalId", NULL::text AS "note", NULL::text AS "actorId"
    FROM "TaskStep" s JOIN "Task" t ON t."id" = s."taskId"
   WHERE ${OPEN} AND s."deadline" <= ${END_OF_TODAY}`;

const CONSULTATIONS = `
  SELECT COALESCE(c."targetUserId", h."id") AS "userId", 'consultations', s."taskId", s."id", c."responseDeadline", c."id", NULL, NULL, NULL
    FROM "Consultation" c JOIN "TaskStep" s ON s."id" = c."stepId" JOIN "Task" t ON t."id" = s."taskId"
    LEFT JOIN "User" h ON c."targetUserId" IS NULL AND h."unitId" = c."targetUnitId" AND ${HEAD}
   WHERE c."answeredAt" IS NULL AND t."status" NOT IN ('COMPLETED', 'CANCELLED')
     AND (c."targetUserId" IS NOT NULL OR h."id" IS NOT NULL)`;

const SIGNALS = `
  SELECT g."subjectUserId", 'signals', g."taskId", g."stepId", NULL::timestamp(3), g."consultationId", g."id", g."kind"::text, NULL
    FROM "Signal" g
   WHERE g."subjectUserId" IS NOT NULL AND g."resolvedAt" IS NULL AND g."answerStatus" = 'UNANSWERED'`;

const UNIT_NEW_OVERDUE = `
  SELECT h."id", 'unitNewOverdue', s."taskId", s."id", s."deadline", NULL, NULL, NULL, NULL
    FROM "TaskStep" s JOIN "Task" t ON t."id" = s."taskId" JOIN "Unit" su ON su."id" = s."unitId"
    JOIN "User" h ON h."unitId" = ANY (${PATH_IDS}) AND ${HEAD}
   WHERE ${OPEN} AND s."deadline" >= ${SINCE} AND s."deadline" < ${NOW}`;

/** Returns and extension requests, each to the nearest heads above it but never its own author. */
const RULINGS = `
  SELECT "userId", 'rulings', "taskId", "stepId", "deadline", NULL, NULL, "note", NULL FROM (
    SELECT h."id" AS "userId", i.*, rank() OVER (PARTITION BY i."stepId", i."note" ORDER BY p."depth" DESC) AS "nearest"
      FROM (SELECT s."id" AS "stepId", s."taskId", s."unitId", s."deadline", s."ownerId" AS "author", 'RETURN' AS "note"
              FROM "TaskStep" s WHERE s."status" = 'RETURNED'
            UNION ALL
            SELECT s."id", s."taskId", s."unitId", e."requestedDeadline", e."requesterId", 'EXTENSION'
              FROM "ExtensionRequest" e JOIN "TaskStep" s ON s."id" = e."stepId" WHERE e."status" = 'PENDING') i
      JOIN "Unit" su ON su."id" = i."unitId"
      -- Each unit on the path with its depth, joined by equality: an index lookup per unit.
      CROSS JOIN LATERAL unnest(${PATH_IDS}) WITH ORDINALITY AS p("unitId", "depth")
      JOIN "User" h ON h."unitId" = p."unitId" AND ${HEAD} AND h."id" <> i."author") r
   WHERE "nearest" = 1`;

/**
 * The notifications since the previous digest that the person reads in the digest rather than
 * at once (their NotificationPreference, else the default: mailChannelOf), through the index on
 * createdAt. Due today and overdue are left out: the digest's own sections list those steps.
 */
const NOTIFICATIONS = `
  SELECT n."recipientId", 'notifications', n."taskId", n."stepId", n."createdAt", n."consultationId", n."signalId",
         n."kind"::text, n."actorId"
    FROM "Notification" n
    LEFT JOIN "NotificationPreference" p ON p."userId" = n."recipientId" AND p."kind" = n."kind"
   WHERE n."createdAt" >= ${SINCE} AND n."createdAt" < ${NOW} AND n."taskId" IS NOT NULL
     AND n."kind" NOT IN ('DUE_TODAY', 'OVERDUE')
     AND (n."kind"::text || ':' || COALESCE(p."channel"::text, '')) = ANY (${DIGEST_PAIRS})`;

export const DIGEST_ITEMS_SQL = `
  SELECT x."userId", u."name" AS "userName", u."email", x."section", x."taskId", t."title" AS "taskTitle",
         x."stepId", st."name" AS "stepName", x."deadline", x."consultationId", x."signalId", x."note", x."total",
         ac."name" AS "actorName", sg."kind"::text AS "signalKind"
    FROM (SELECT a.*, row_number() OVER (PARTITION BY a."userId", a."section" ORDER BY a."deadline" NULLS LAST, a."stepId") AS "rn",
                 (count(*) OVER (PARTITION BY a."userId", a."section"))::int AS "total"
            FROM (${OWN_STEPS} UNION ALL ${CONSULTATIONS} UNION ALL ${SIGNALS}
                  UNION ALL ${UNIT_NEW_OVERDUE} UNION ALL ${RULINGS} UNION ALL ${NOTIFICATIONS}) a) x
    JOIN "User" u ON u."id" = x."userId" AND u."isActive"
    JOIN "Task" t ON t."id" = x."taskId"
    LEFT JOIN "TaskStep" st ON st."id" = x."stepId"
    LEFT JOIN "User" ac ON ac."id" = x."actorId"
    LEFT JOIN "Signal" sg ON sg."id" = x."signalId"
   WHERE x."rn" <= $4::int
   ORDER BY x."userId", x."rn"`;
