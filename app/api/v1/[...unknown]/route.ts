import { notFoundResponse } from "@/lib/server/api/not-found-response";

export const dynamic = "force-dynamic";

// Any other path under /api/v1 answers in the API's error shape rather than with an HTML page.
export const GET = notFoundResponse;
export const POST = notFoundResponse;
export const PUT = notFoundResponse;
export const PATCH = notFoundResponse;
export const DELETE = notFoundResponse;
