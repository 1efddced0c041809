import { answerApiOptions, serveApiRequest } from "@/lib/server/api/serve-api-request";

export const dynamic = "force-dynamic";

// Every endpoint of /api/v1 is a declaration of lib/server/api/registry.ts, served from here;
// any other path answers in the API's error shape rather than with an HTML page. The
// OpenAPI document keeps its own file (a static segment, so Next serves it before this one).
export const GET = serveApiRequest;
export const POST = serveApiRequest;
export const PUT = serveApiRequest;
export const PATCH = serveApiRequest;
export const DELETE = serveApiRequest;
export const OPTIONS = answerApiOptions;
