import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiDirective } from "@/lib/schemas/api/directives";
import { getDirectiveOrThrow } from "@/lib/server/directives/get-directive-or-throw";
import { defineApiRoute } from "../define-api-route";
import { serializeDirective } from "../serialize/serialize-directive";

export const getDirectiveRoute = defineApiRoute({
  method: "GET",
  path: "/directives/{id}",
  operationId: "getDirective",
  tag: "Văn bản chỉ đạo",
  summary: "Một văn bản chỉ đạo",
  description: "Văn bản, văn bản mà nó triển khai và các văn bản triển khai nó, tệp đính kèm, và các nhiệm vụ bạn được xem với phân loại tại thời điểm gọi.",
  params: ZIdPath,
  errors: [404],
  response: { status: 200, description: "Văn bản chỉ đạo.", schema: ZApiDirective },
  run: async ({ actor, params, now }) => serializeDirective(await getDirectiveOrThrow(actor, params.id, now)),
});
