import "server-only";
import { ZApiError } from "@/lib/schemas/api/common";
import type { TApiRoute } from "../define-api-route";
import { DEFAULT_API_RATE_LIMIT_PER_MINUTE } from "../rate-limit";
import { apiRoutes } from "../registry";
import { curlExample } from "./curl-example";
import { jsonSchemaOf, withoutProperties, type TJsonSchema } from "./json-schema-of";
import { operationParameters } from "./operation-parameters";

export const API_VERSION = "1.0.0";

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Dữ liệu gửi lên không hợp lệ; `fields` nêu từng trường sai.",
  401: "Thiếu mã truy cập, hoặc mã không hợp lệ, đã hết hạn, đã bị thu hồi, hoặc tài khoản đã ngừng hoạt động.",
  403: "Ngoài phạm vi hoặc quyền của người gọi.",
  404: "Không tồn tại, hoặc nằm ngoài phạm vi người gọi được xem.",
  409: "Xung đột phiên bản (đã có người cập nhật trước), hoặc thao tác không được phép ở trạng thái hiện tại.",
  422: "Idempotency-Key đã được dùng cho một yêu cầu khác.",
  429: "Quá giới hạn số yêu cầu mỗi phút; thử lại sau số giây trong Retry-After.",
  500: "Lỗi phía máy chủ; thông báo kèm mã sự cố, không bao giờ kèm chi tiết kỹ thuật.",
  503: "Hệ thống đang quá tải, yêu cầu chưa được ghi nhận; thử lại sau số giây trong Retry-After.",
};

/**
 * The OpenAPI 3.1 document of /api/v1, built from the route declarations (registry.ts) and
 * their zod schemas: the same objects the route wrapper validates with.
 */
export function buildOpenApiDocument(routes: readonly TApiRoute[] = apiRoutes) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Trách nhiệm — API v1",
      version: API_VERSION,
      description:
        "API của hệ thống theo dõi trách nhiệm xử lý công việc (BHXH Việt Nam): cùng chức năng, cùng phân quyền, cùng kiểm tra dữ liệu và cùng nhật ký như giao diện. " +
        `JSON UTF-8; thời điểm ISO 8601 có múi giờ; mã (id) là chuỗi UUID. Giới hạn mặc định ${DEFAULT_API_RATE_LIMIT_PER_MINUTE} yêu cầu mỗi phút cho mỗi mã truy cập.`,
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "tn_…", description: "Mã truy cập cá nhân, tạo ở trang Hồ sơ (/profile)." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Phiên đăng nhập của trình duyệt." },
      },
    },
  };
}

export type TOpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

function operationOf(route: TApiRoute) {
  const errorSchema = jsonSchemaOf(ZApiError, "output");
  const statuses = [...new Set([...route.errors, 401, ...(route.method === "POST" ? [422] : []), 429, 500, 503])].sort((a, b) => a - b);
  const responses: Record<string, unknown> = { [String(route.response.status)]: successOf(route) };
  for (const status of statuses) {
    responses[String(status)] = {
      description: ERROR_DESCRIPTIONS[status],
      ...(status === 429 || status === 503 ? { headers: { "Retry-After": { description: "Số giây cần chờ.", schema: { type: "integer" } } } } : {}),
      content: { "application/json": { schema: errorSchema } },
    };
  }
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: operationParameters(route),
    ...(route.body ? { requestBody: requestBodyOf(route.body) } : {}),
    responses,
    "x-codeSamples": [{ lang: "curl", label: "curl", source: curlExample(route) }],
  };
}

function requestBodyOf(body: NonNullable<TApiRoute["body"]>) {
  const schema = withoutProperties(jsonSchemaOf(body.schema, "input"), Object.keys(body.fromPath ?? {}));
  return { required: true, content: { "application/json": { schema, ...(body.example ? { example: body.example } : {}) } } };
}

function successOf(route: TApiRoute) {
  const schema: TJsonSchema = route.response.schema
    ? jsonSchemaOf(route.response.schema, "output")
    : { type: "string", contentMediaType: route.response.contentType };
  return { description: route.response.description, content: { [route.response.contentType]: { schema } } };
}
