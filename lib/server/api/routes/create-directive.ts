import "server-only";
import { ZApiDirective } from "@/lib/schemas/api/directives";
import { ZCreateDirective } from "@/lib/schemas/directive";
import { createDirective } from "@/lib/server/directives/create-directive";
import { getDirectiveOrThrow } from "@/lib/server/directives/get-directive-or-throw";
import { defineApiRoute } from "../define-api-route";
import { serializeDirective } from "../serialize/serialize-directive";

export const createDirectiveRoute = defineApiRoute({
  method: "POST",
  path: "/directives",
  operationId: "createDirective",
  tag: "Văn bản chỉ đạo",
  summary: "Thêm văn bản chỉ đạo",
  description:
    "Lãnh đạo đơn vị, Vụ TCCB và quản trị. Số, ký hiệu là duy nhất (không phân biệt hoa thường); issuedOn là ngày ban hành (yyyy-mm-dd), không sau hôm nay. Ghi sự kiện DIRECTIVE_CREATED.",
  body: {
    schema: ZCreateDirective,
    example: { number: "2165/BHXH-TCCB", kind: "CONG_VAN", issuer: "Bảo hiểm xã hội Việt Nam", issuedOn: "2026-03-02", subject: "V/v tăng cường trách nhiệm trong thực thi công vụ" },
  },
  errors: [400, 403],
  response: { status: 201, description: "Văn bản vừa thêm.", schema: ZApiDirective },
  run: async ({ actor, body, now }) => {
    const { id } = await createDirective(actor, body, now);
    return serializeDirective(await getDirectiveOrThrow(actor, id, now));
  },
});
