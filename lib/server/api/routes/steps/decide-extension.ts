import "server-only";
import { ZDecideExtension } from "@/lib/schemas/step-actions";
import { decideExtension } from "@/lib/server/steps/decide-extension";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { stepActionRoute } from "./step-action-route";

export const decideExtensionRoute = stepActionRoute({
  action: "decide-extension",
  operationId: "decideStepExtension",
  summary: "Quyết định gia hạn",
  description: "Lãnh đạo đơn vị của khâu duyệt (approve: true) hoặc từ chối yêu cầu gia hạn requestId đang chờ. Ghi EXTENSION_APPROVED hoặc EXTENSION_REJECTED.",
  schema: ZDecideExtension,
  example: { expectedVersion: 2, requestId: SAMPLE_ID, approve: true, note: "Đồng ý gia hạn." },
  run: async (actor, input, now) => ({ step: serializeStepState(await decideExtension(actor, input, now)) }),
});
