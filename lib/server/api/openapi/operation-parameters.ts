import "server-only";
import type { TApiRoute } from "../define-api-route";
import { jsonSchemaOf, type TJsonSchema } from "./json-schema-of";

export type TParameter = { name: string; in: "path" | "query" | "header"; required: boolean; description?: string; schema: TJsonSchema };

/** Path and query parameters from the route's zod objects, plus Idempotency-Key on writes. */
export function operationParameters(route: TApiRoute): TParameter[] {
  const parameters = [...fromObject(route.params, "path"), ...fromObject(route.query, "query")];
  if (route.method !== "GET") {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Khóa duy nhất cho thao tác này (ví dụ một UUID). Gửi lại cùng khóa và cùng nội dung thì nhận lại đúng kết quả lần đầu (mã trạng thái và nội dung) mà không ghi lần thứ hai; cùng khóa với nội dung khác trả 422. Khóa được nhớ 24 giờ.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    });
  }
  return parameters;
}

function fromObject(schema: TApiRoute["params"], where: "path" | "query"): TParameter[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, "input");
  const properties = (json.properties ?? {}) as Record<string, TJsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, { description, ...propertySchema }]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: propertySchema,
  }));
}
