import "server-only";
import type { TCalendarEntry } from "@/lib/domain/calendar";
import type {
  TEventKind,
  TSignalConsultation,
  TSignalEvent,
  TSignalExtensionRequest,
  TSignalInput,
  TSignalStep,
  TSignalTask,
} from "@/lib/domain/signals";
import { jsonTimestamp, withJsonTimestamps } from "@/lib/server/db/json-timestamp";
import type { Prisma } from "@/lib/server/db/prisma";
import type { TPayloadOf } from "@/lib/schemas/event-payloads";
import { toSignalSettings, type TSignalSettings } from "./load-signal-settings";

/** The event kinds the detectors read; SIGNAL_* events are about the signals themselves. */
const DETECTOR_EVENT_KINDS: readonly TEventKind[] = [
  "DIRECTIVE_CREATED",
  "TASK_CREATED",
  "TASK_UPDATED",
  "TASK_COMPLETED",
  "STEP_ASSIGNED",
  "STEP_STARTED",
  "STEP_PROGRESS",
  "STEP_COMPLETED",
  "STEP_REASSIGNED",
  "STEP_RETURNED",
  "RETURN_UPHELD",
  "RETURN_OVERRULED",
  "EXTENSION_REQUESTED",
  "EXTENSION_APPROVED",
  "EXTENSION_REJECTED",
  "ESCALATED",
  "CONSULTATION_REQUESTED",
  "CONSULTATION_ANSWERED",
  "CONSULTATION_MARKED_VAGUE",
  "CALENDAR_CHANGED",
  "TEMPLATE_CHANGED",
];
const KINDS_SQL = DETECTOR_EVENT_KINDS.map((k) => `'${k}'`).join(", ");
/** Payload keys that name a person or a unit the explanations may name (lib/schemas/event-payloads). */
type THandoverKey = keyof TPayloadOf<"STEP_REASSIGNED">;
const PERSON_KEYS = ["from", "to", "returnedBy"] as const satisfies readonly (
  THandoverKey | keyof TPayloadOf<"RETURN_OVERRULED">
)[];
const UNIT_KEYS = ["fromUnitId", "toUnitId"] as const satisfies readonly THandoverKey[];
const sqlArray = (keys: readonly string[]) => `ARRAY[${keys.map((k) => `'${k}'`).join(", ")}]`;
const EVENT_COLUMNS = `"id", "seq", "at", "kind", "actorId", "onBehalfOfId", "taskId", "stepId", "consultationId", "payload", "reason"`;

/**
 * One statement, so a refresh costs one round trip and every part is read from one snapshot.
 * Each part starts from the tasks' ids and follows an index (Event by taskId, stepId and
 * consultationId: three index scans, not an OR over the table), so its cost is bounded by
 * the size of the tasks, not of the tables. Event rows may come twice (a step's event also
 * names its task): they are deduplicated by id below, since jsonb payloads make UNION costly.
 */
export const SIGNAL_INPUT_SQL = `
WITH t AS (
  SELECT "id", "title", "leadUnitId", "status", "directiveId", "signalsCheckAt" FROM "Task" WHERE "id" = ANY($1::text[])
), s AS (
  SELECT "id", "taskId", "name", "kind", "ownerId", "unitId", "status", "deadline", "originalDeadline", "completedAt", "lastActivityAt"
  FROM "TaskStep" WHERE "taskId" IN (SELECT "id" FROM t)
), c AS (
  SELECT "id", "stepId", "requesterId", "targetUnitId", "targetUserId", "responseDeadline", "answeredById", "answeredAt",
         "isVague", "vagueReason", "markedVagueAt"
  FROM "Consultation" WHERE "stepId" IN (SELECT "id" FROM s)
), x AS (
  SELECT "id", "stepId", "requesterId", "previousDeadline", "requestedDeadline", "status", "createdAt"
  FROM "ExtensionRequest" WHERE "stepId" IN (SELECT "id" FROM s)
), e AS (
  SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "taskId" IN (SELECT "id" FROM t) AND "kind" IN (${KINDS_SQL})
  UNION ALL
  SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "stepId" IN (SELECT "id" FROM s) AND "kind" IN (${KINDS_SQL})
  UNION ALL
  SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "consultationId" IN (SELECT "id" FROM c) AND "kind" IN (${KINDS_SQL})
), user_ids AS (
  SELECT "ownerId" AS id FROM s
  UNION SELECT unnest(ARRAY["requesterId", "targetUserId", "answeredById"]) FROM c
  UNION SELECT "requesterId" FROM x
  UNION SELECT "actorId" FROM e
  UNION SELECT "onBehalfOfId" FROM e
  UNION SELECT e."payload" ->> k FROM e CROSS JOIN unnest(${sqlArray(PERSON_KEYS)}) AS k
), u AS (
  SELECT "id", "name", "unitId" FROM "User" WHERE "id" IN (SELECT id FROM user_ids)
), unit_ids AS (
  SELECT "leadUnitId" AS id FROM t
  UNION SELECT "unitId" FROM s
  UNION SELECT "targetUnitId" FROM c
  UNION SELECT "unitId" FROM u
  UNION SELECT e."payload" ->> k FROM e CROSS JOIN unnest(${sqlArray(UNIT_KEYS)}) AS k
)
SELECT json_build_object(
  'tasks', (SELECT json_agg(t) FROM t),
  'steps', (SELECT json_agg(s) FROM s),
  'consultations', (SELECT json_agg(c) FROM c),
  'extensionRequests', (SELECT json_agg(x) FROM x),
  'events', (SELECT json_agg(e) FROM e),
  'users', (SELECT json_agg(u) FROM u),
  'units', (SELECT json_agg(json_build_object('id', "id", 'name', "name")) FROM "Unit" WHERE "id" IN (SELECT id FROM unit_ids)),
  'signals', (SELECT json_agg(json_build_object('id', "id", 'key', "key", 'explanation', "explanation", 'explanationMessage', "explanationMessage", 'metrics', "metrics",
                'evidenceEventIds', "evidenceEventIds", 'loop', "loop", 'resolvedAt', "resolvedAt"))
              FROM "Signal" WHERE "taskId" IN (SELECT "id" FROM t)),
  'calendar', (SELECT json_agg(json_build_object('date', "date", 'kind', "kind", 'name', "name")) FROM "CalendarDay"),
  'policy', (SELECT "value" FROM "Setting" WHERE "key" = 'policy')
)::text AS data`;

export type TStoredSignal = {
  id: string;
  key: string;
  explanation: string;
  explanationMessage: unknown;
  metrics: unknown;
  evidenceEventIds: string[];
  loop: unknown;
  resolvedAt: Date | null;
};

export type TLoadedSignalInput = {
  input: TSignalInput;
  /** The directive of each loaded task, for Signal.directiveId. */
  directiveIdOf: ReadonlyMap<string, string>;
  /** Each loaded task's stored signalsCheckAt. */
  checkAtOf: ReadonlyMap<string, Date | null>;
  /** The tasks' persisted signals, open and closed. */
  existing: TStoredSignal[];
  settings: TSignalSettings;
};

type TRow = Record<string, unknown>;
type TLoaded = Record<
  "tasks" | "steps" | "consultations" | "extensionRequests" | "events" | "users" | "units" | "signals" | "calendar",
  TRow[] | null
> & { policy: unknown };

/**
 * Everything detectSignals needs about `taskIds` and nothing else, closed under references
 * (every step of an event or consultation, every person and unit named in an explanation),
 * with the tasks' stored signals and the settings. SIGNAL_* events are left out on purpose:
 * answering a signal is not activity on the step, so it must not reset the "stalled" clock.
 */
export async function loadSignalInput(
  client: Prisma.TransactionClient,
  taskIds: readonly string[],
): Promise<TLoadedSignalInput> {
  const [{ data }] = await client.$queryRawUnsafe<{ data: string }[]>(SIGNAL_INPUT_SQL, [...new Set(taskIds)]);
  const d = JSON.parse(data) as TLoaded;
  const tasks = (d.tasks ?? []).map(
    (t) =>
      withJsonTimestamps(t, ["signalsCheckAt"]) as TSignalTask & { directiveId: string; signalsCheckAt: Date | null },
  );
  // Payloads are not parsed again here, on every write and sweep: every writer is typed by
  // ZEventPayload and recordEvent checks it, and tests parse the demo's and the generator's.
  const eventsById = new Map(
    (d.events ?? []).map((e) => [e.id as string, { ...e, at: jsonTimestamp(e.at) } as unknown as TSignalEvent]),
  );
  return {
    input: {
      tasks,
      steps: (d.steps ?? []).map(
        (s) => withJsonTimestamps(s, ["deadline", "originalDeadline", "completedAt", "lastActivityAt"]) as TSignalStep,
      ),
      events: [...eventsById.values()].sort((a, b) => a.seq - b.seq),
      consultations: (d.consultations ?? []).map(
        (c) => withJsonTimestamps(c, ["responseDeadline", "answeredAt", "markedVagueAt"]) as TSignalConsultation,
      ),
      extensionRequests: (d.extensionRequests ?? []).map(
        (r) => withJsonTimestamps(r, ["previousDeadline", "requestedDeadline", "createdAt"]) as TSignalExtensionRequest,
      ),
      users: (d.users ?? []) as unknown as TSignalInput["users"],
      units: (d.units ?? []) as unknown as TSignalInput["units"],
    },
    directiveIdOf: new Map(tasks.map((t) => [t.id, t.directiveId])),
    checkAtOf: new Map(tasks.map((t) => [t.id, t.signalsCheckAt])),
    existing: (d.signals ?? []).map((s) => withJsonTimestamps(s, ["resolvedAt"]) as TStoredSignal),
    settings: toSignalSettings((d.calendar ?? []) as TCalendarEntry[], d.policy),
  };
}
