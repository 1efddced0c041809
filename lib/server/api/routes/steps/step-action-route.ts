import "server-only";
import type { z } from "zod";
import type { TStepAction } from "@/lib/domain/workflow/step-action";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiStepActionResult } from "@/lib/schemas/api/step-actions";
import type { TCurrentActor } from "@/lib/server/auth/get-current-actor";
import { defineApiRoute, type TOpenApiKey } from "../../define-api-route";

type TStepActionDef<S extends z.ZodType> = {
  action: Exclude<TStepAction, "consult">;
  operationId: string;
  summary: TOpenApiKey;
  /** What the action does; the reference adds what every step action shares (openapi.steps.common). */
  description: TOpenApiKey;
  /** The shared schema of the action (lib/schemas/step-actions.ts); its stepId comes from the path. */
  schema: S;
  /** The body of the curl example (without stepId); a unit test parses it with `schema`. */
  example: Record<string, unknown>;
  run: (actor: TCurrentActor, input: z.output<S>, now: Date) => Promise<z.input<typeof ZApiStepActionResult>>;
};

/** POST /steps/{id}/<action>: one shared step-action schema, one server function, the step's new state. */
export function stepActionRoute<S extends z.ZodType>(def: TStepActionDef<S>) {
  return defineApiRoute({
    method: "POST",
    path: `/steps/{id}/${def.action}`,
    operationId: def.operationId,
    tag: "openapi.tags.steps",
    summary: def.summary,
    description: [def.description, "openapi.steps.common"],
    params: ZIdPath,
    body: { schema: def.schema, fromPath: { stepId: "id" }, example: def.example },
    errors: [400, 403, 404, 409],
    response: { status: 200, description: "openapi.steps.response", schema: ZApiStepActionResult },
    run: ({ actor, body, now }) => def.run(actor, body, now),
  });
}
