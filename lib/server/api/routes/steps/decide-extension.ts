import "server-only";
import { ZDecideExtension } from "@/lib/schemas/step-actions";
import { decideExtension } from "@/lib/server/steps/decide-extension";
import { iso } from "../../serialize/iso";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { stepActionRoute } from "./step-action-route";

export const decideExtensionRoute = stepActionRoute({
  action: "decide-extension",
  operationId: "decideStepExtension",
  summary: "Quyết định gia hạn",
  description: "Lãnh đạo đơn vị của khâu duyệt (approve: true) hoặc từ chối yêu cầu gia hạn requestId đang chờ. Ghi EXTENSION_APPROVED hoặc EXTENSION_REJECTED. Khi duyệt, các khâu sau (chưa hoàn thành) có hạn sớm hơn hạn mới của khâu đứng trước được dời thêm đúng số ngày làm việc đã gia hạn (mỗi khâu một sự kiện STEP_DEADLINE_SHIFTED); shiftedSteps liệt kê các khâu đó với hạn cũ.",
  schema: ZDecideExtension,
  example: { expectedVersion: 2, requestId: SAMPLE_ID, approve: true, note: "Đồng ý gia hạn." },
  run: async (actor, input, now) => {
    const { step, shiftedSteps } = await decideExtension(actor, input, now);
    return {
      step: serializeStepState(step),
      shiftedSteps: shiftedSteps.map((s) => ({ ...serializeStepState(s.step), previousDeadline: iso(s.previousDeadline) })),
    };
  },
});
