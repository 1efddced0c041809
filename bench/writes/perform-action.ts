import { REREAD } from "./action-kinds.ts";
import type { TPlanned } from "./plan-next-action.ts";
import { sendApiRequest, type TApiAnswer } from "./send-api-request.ts";
import type { TSample, TStep, TWorld } from "./world.ts";

export type TRunContext = {
  base: string;
  world: TWorld;
  samples: TSample[];
  /** False during the warm-up: those answers count for the event check, not for the figures. */
  measuring: boolean;
  /** The first body of each unexpected kind/status, to explain a 4xx or 5xx in the report. */
  firstErrors: Map<string, string>;
};

type TStepState = { id: string; version: number; status: string; ownerId: string; deadline?: string };

/**
 * Sends one planned action and updates what the clients know from the answer, as a user's
 * screen would: the step's new version and status, a hand-over moves the step to its new
 * owner's list, a return or an extension request waits for the head, a consultation for the
 * person asked. After a 409 or a 5xx the client reloads the task (GET) and goes on.
 */
export async function performAction(ctx: TRunContext, p: TPlanned): Promise<void> {
  const { client, req, step } = p;
  const holdsStep = req.kind !== "answer";
  const measuring = ctx.measuring; // as of sending: an answer arriving after the warm-up still belongs to it
  if (holdsStep) step.busy = true;
  try {
    const a = await sendApiRequest(ctx.base, client.token, "POST", req.path, req.body);
    record(ctx, req.kind, a, step.id, measuring);
    if (a.retryAfter !== null) client.pausedUntil = Date.now() + Math.min(a.retryAfter, 2) * 1000;
    if (a.status >= 200 && a.status < 300) return applySuccess(ctx.world, p, a.body as Record<string, unknown>);
    const key = `${req.kind} ${a.status}`;
    if (!ctx.firstErrors.has(key)) ctx.firstErrors.set(key, JSON.stringify(a.body).slice(0, 300));
    const retriable = a.status === 409 || a.status === 0 || a.status >= 500 || a.status === 429;
    if (
      retriable &&
      p.queued &&
      ((p.queued as { attempts?: number }).attempts = ((p.queued as { attempts?: number }).attempts ?? 0) + 1) < 4
    )
      client.queue.push(p.queued);
    if (retriable && holdsStep) await reread(ctx, client.token, step, measuring);
    else if (holdsStep && !p.queued) dropStep(ctx.world, step);
  } finally {
    if (holdsStep) step.busy = false;
  }
}

function record(ctx: TRunContext, kind: TSample["kind"], a: TApiAnswer, stepId: string, measured: boolean) {
  ctx.samples.push({ kind, status: a.status, ms: a.ms, stepId, measured, retryAfter: a.retryAfter !== null });
}

function applySuccess(world: TWorld, p: TPlanned, body: Record<string, unknown>) {
  const { step, req } = p;
  if (req.kind === "answer") return;
  if (req.kind === "consult") {
    step.version += 1; // the request bumped the step's version (its answer is the consultation)
    world.clients
      .get(p.otherUserId!)
      ?.queue.push({ kind: "answer", step, consultationId: (body as { id: string }).id });
    return;
  }
  applyState(world, step, body.step as TStepState);
  const head = world.clients.get(world.clients.get(step.ownerId)?.headId ?? "");
  if (req.kind === "return") head?.queue.push({ kind: "rule", step });
  if (req.kind === "request-extension") {
    step.extensionPending = true;
    head?.queue.push({ kind: "decide-extension", step, requestId: (body.extensionRequest as { id: string }).id });
  }
  if (req.kind === "decide-extension") step.extensionPending = false;
}

/** The server's word on a step, applied to the bench's copy (moving it between owners' lists). */
function applyState(world: TWorld, step: TStep, s: TStepState | undefined) {
  if (!s) return;
  step.version = s.version;
  step.status = s.status;
  if (s.deadline) step.deadline = new Date(s.deadline);
  if (s.ownerId !== step.ownerId || s.status === "DONE") {
    dropStep(world, step);
    step.ownerId = s.ownerId;
    if (s.status !== "DONE") world.clients.get(s.ownerId)?.steps.push(step);
  }
}

function dropStep(world: TWorld, step: TStep) {
  const owner = world.clients.get(step.ownerId);
  if (owner) owner.steps = owner.steps.filter((x) => x !== step);
}

async function reread(ctx: TRunContext, token: string, step: TStep, measured: boolean) {
  const a = await sendApiRequest(ctx.base, token, "GET", `/tasks/${step.taskId}`);
  record(ctx, REREAD, a, step.id, measured);
  const fresh =
    a.status === 200 ? (a.body as { steps?: TStepState[] }).steps?.find((s) => s.id === step.id) : undefined;
  if (fresh) applyState(ctx.world, step, fresh);
  else if (a.status === 404) dropStep(ctx.world, step);
}
