import "server-only";
import { ZReportQuery, type TReportQuery } from "@/lib/schemas/dashboard";
import { DomainError } from "@/lib/server/errors/domain-error";

/** The export's query string, strictly: empty values count as absent, anything malformed is INVALID_INPUT. */
export function parseReportQuery(params: URLSearchParams): TReportQuery {
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ""));
  const parsed = ZReportQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
  throw new DomainError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Tham số báo cáo không hợp lệ.", fieldErrors);
}
