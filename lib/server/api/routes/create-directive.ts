import "server-only";
import { dataText } from "@/lib/i18n/data-text";
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
  tag: "openapi.tags.directives",
  summary: "openapi.routes.createDirective.summary",
  description: "openapi.routes.createDirective.description",
  body: {
    schema: ZCreateDirective,
    example: {
      number: "2165/BHXH-TCCB",
      kind: "CONG_VAN",
      issuer: dataText("Bảo hiểm xã hội Việt Nam"),
      issuedOn: "2026-03-02",
      subject: dataText("V/v tăng cường trách nhiệm trong thực thi công vụ"),
    },
  },
  errors: [400, 403],
  response: { status: 201, description: "openapi.routes.createDirective.response", schema: ZApiDirective },
  run: async ({ actor, body, now }) => {
    const { id } = await createDirective(actor, body, now);
    return serializeDirective(await getDirectiveOrThrow(actor, id, now));
  },
});
