import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiTask } from "@/lib/schemas/api/tasks";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { defineApiRoute } from "../define-api-route";
import { getClassifyContext } from "../reads/get-classify-context";
import { serializeTask } from "../serialize/serialize-task";

export const getTaskRoute = defineApiRoute({
  method: "GET",
  path: "/tasks/{id}",
  operationId: "getTask",
  tag: "Nhiệm vụ",
  summary: "Một nhiệm vụ, với các khâu và xin ý kiến",
  description:
    "Phân loại của nhiệm vụ và từng khâu tại thời điểm gọi; với mỗi khâu, các thao tác bạn được làm lúc này (allowedActions) và version phải gửi kèm thao tác. Nhiệm vụ ngoài phạm vi trả 404 như nhiệm vụ không tồn tại.",
  params: ZIdPath,
  errors: [404],
  response: { status: 200, description: "Nhiệm vụ.", schema: ZApiTask },
  run: async ({ actor, params, now }) => {
    const [task, context] = await Promise.all([getTaskOrThrow(actor, params.id), getClassifyContext(now)]);
    return serializeTask(actor, task, context);
  },
});
