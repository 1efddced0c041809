import "server-only";
import type { TApiRoute } from "../define-api-route";

/** The sample id shown in examples (the usual OpenAPI sample UUID). */
export const SAMPLE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

/**
 * A curl command for the route, with the token in $TN_TOKEN and the server in $TN_URL, and the
 * route's example body. Shell-quoted with single quotes: an apostrophe in the body is escaped.
 */
export function curlExample(route: TApiRoute): string {
  const query = route.exampleQuery ? `?${new URLSearchParams(route.exampleQuery).toString()}` : "";
  const path = route.path.replaceAll("{id}", SAMPLE_ID) + query;
  const lines = [
    `curl${route.method === "GET" ? "" : ` -X ${route.method}`} "$TN_URL/api/v1${path}"`,
    `  -H "Authorization: Bearer $TN_TOKEN"`,
  ];
  if (route.kind === "file") lines.push("  -o bao-cao.xlsx");
  if (route.upload) {
    lines.push(`  -H "Idempotency-Key: $(uuidgen)"`, `  -F "file=@tep-nhap.xlsx;type=${route.upload.fileContentType}"`);
  } else if (route.method !== "GET") {
    if (route.method !== "DELETE" || route.body) lines.push(`  -H "Content-Type: application/json"`);
    lines.push(`  -H "Idempotency-Key: $(uuidgen)"`);
    if (route.body?.example) lines.push(`  -d '${JSON.stringify(route.body.example).replaceAll("'", "'\\''")}'`);
  }
  return lines.join(" \\\n");
}
