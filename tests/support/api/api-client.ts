import { appendFileSync } from "node:fs";
import path from "node:path";
import { expect, inject } from "vitest";
import { createContractValidator, type TOpenApiDoc } from "./contract-validator";
import type { TCoverageEntry } from "./contract-coverage";

// Bodies default to `any`: each response is checked against the contract, then read freely.
export type TApiResponse<T = any> = { status: number; headers: Headers; body: T };
type TCallOptions = {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  rawBody?: string;
  /** A multipart body (an import's file): fetch sets its Content-Type with the boundary. */
  form?: FormData;
  headers?: Record<string, string>;
  idempotencyKey?: string;
};

export const baseUrl = inject("apiBaseUrl");
const coverageFile = path.join(
  inject("apiCoverageDir"),
  `worker-${process.pid}-${process.env.VITEST_POOL_ID ?? "0"}.jsonl`,
);
export const doc = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as TOpenApiDoc;
const contract = createContractValidator(doc);

/**
 * An HTTP client for /api/v1 as one caller (a token, a session cookie, or nobody). Every
 * response is validated against the OpenAPI document the app serves, and a response that
 * does not match fails the test at once: that is the contract test of the whole run.
 */
export function apiAs(credentials: { token?: string; cookie?: string } | null) {
  const auth: Record<string, string> = {};
  if (credentials?.token) auth.Authorization = `Bearer ${credentials.token}`;
  if (credentials?.cookie) auth.Cookie = credentials.cookie;
  return {
    get: <T = any>(p: string, query?: TCallOptions["query"], headers?: Record<string, string>) =>
      call<T>("GET", p, { query, headers: { ...auth, ...headers } }),
    post: <T = any>(p: string, body?: unknown, options: Omit<TCallOptions, "body"> = {}) =>
      call<T>("POST", p, { ...options, body, headers: { ...auth, ...options.headers } }),
    patch: <T = any>(p: string, body?: unknown, options: Omit<TCallOptions, "body"> = {}) =>
      call<T>("PATCH", p, { ...options, body, headers: { ...auth, ...options.headers } }),
    put: <T = any>(p: string, body?: unknown, options: Omit<TCallOptions, "body"> = {}) =>
      call<T>("PUT", p, { ...options, body, headers: { ...auth, ...options.headers } }),
    delete: <T = any>(p: string, options: Omit<TCallOptions, "body"> = {}) =>
      call<T>("DELETE", p, { ...options, headers: { ...auth, ...options.headers } }),
  };
}

export type TApi = ReturnType<typeof apiAs>;

async function call<T>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  p: string,
  o: TCallOptions,
): Promise<TApiResponse<T>> {
  const url = new URL(`/api/v1${p}`, baseUrl);
  for (const [k, v] of Object.entries(o.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { ...o.headers };
  if (o.idempotencyKey) headers["Idempotency-Key"] = o.idempotencyKey;
  let body: string | FormData | undefined = o.form ?? o.rawBody;
  if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers["Content-Type"] ??= "application/json";
  }
  // oxlint-disable-next-line unicorn/no-invalid-fetch-options -- only the calls that take a body (POST, PUT, PATCH) set one
  const res = await fetch(url, { method, headers, body });
  const contentType = res.headers.get("content-type") ?? "";
  const parsed = contentType.startsWith("application/json")
    ? await res.json()
    : new Uint8Array(await res.arrayBuffer());
  const check = contract.check(method, url.pathname, res.status, contentType, parsed);
  if (check.errors.length > 0) {
    throw new Error(
      `Contract violation: ${method} ${url.pathname}${url.search} → ${res.status}\n  ${check.errors.join("\n  ")}\n  body: ${JSON.stringify(parsed).slice(0, 1500)}`,
    );
  }
  const entry: TCoverageEntry = {
    file: path.basename(expect.getState().testPath ?? "unknown"),
    method,
    template: check.template!,
    status: res.status,
  };
  appendFileSync(coverageFile, `${JSON.stringify(entry)}\n`);
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** Fails with the response body when the status is not the expected one, so a failure says why. */
export function expectStatus(res: TApiResponse, status: number): void {
  if (res.status !== status)
    throw new Error(`Expected ${status}, got ${res.status}: ${JSON.stringify(res.body).slice(0, 1500)}`);
}
