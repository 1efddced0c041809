import "server-only";
import type { z } from "zod";
import type { TStepAction } from "@/lib/domain/workflow/step-action";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiStepActionResult } from "@/lib/schemas/api/step-actions";
import type { TCurrentActor } from "@/lib/server/auth/get-current-actor";
import { defineApiRoute } from "../../define-api-route";

type TStepActionDef<S extends z.ZodType> = {
  action: Exclude<TStepAction, "consult">;
  operationId: string;
  summary: string;
  description: string;
  /** The shared schema of the action (lib/schemas/step-actions.ts); its stepId comes from the path. */
  schema: S;
  /** The body of the curl example (without stepId); a unit test parses it with `schema`. */
  example: Record<string, unknown>;
  run: (actor: TCurrentActor, input: z.output<S>, now: Date) => Promise<z.input<typeof ZApiStepActionResult>>;
};

const COMMON =
  " Gửi kèm expectedVersion là version của khâu bạn đang thấy: khâu đã đổi từ đó thì trả 409. Khâu ngoài phạm vi trả 404; trong phạm vi nhưng bạn không có quyền thì 403; trạng thái khâu không cho phép thì 409.";

/** POST /steps/{id}/<action>: one shared step-action schema, one server function, the step's new state. */
export function stepActionRoute<S extends z.ZodType>(def: TStepActionDef<S>) {
  return defineApiRoute({
    method: "POST",
    path: `/steps/{id}/${def.action}`,
    operationId: def.operationId,
    tag: "Khâu xử lý",
    summary: def.summary,
    description: def.description + COMMON,
    params: ZIdPath,
    body: { schema: def.schema, fromPath: { stepId: "id" }, example: def.example },
    errors: [400, 403, 404, 409],
    response: { status: 200, description: "Trạng thái mới của khâu (và yêu cầu gia hạn hoặc báo cáo vượt cấp vừa tạo, nếu có).", schema: ZApiStepActionResult },
    run: ({ actor, body, now }) => def.run(actor, body, now),
  });
}
