import type { TApiRoute } from "./define-api-route";

export type TApiMatch =
  | { kind: "route"; route: TApiRoute; params: Record<string, string> }
  | { kind: "wrong-method"; methods: readonly string[] }
  | { kind: "unknown-path" };

type TTemplate = { segments: readonly string[]; routes: readonly TApiRoute[] };

const paramOf = (segment: string) => /^\{(\w+)\}$/.exec(segment)?.[1];

/**
 * The one table of /api/v1: each request's path is matched against the declarations' path
 * templates ("/tasks/{id}/events"), segment by segment, as Next matched route files: a static
 * segment wins over a parameter at the first place two templates differ, and a path served by
 * a template answers 405 to a method it does not declare (not another template's method).
 */
export function matchApiRoute(
  routes: readonly TApiRoute[],
): (method: string, segments: readonly string[]) => TApiMatch {
  const paths = [...new Set(routes.map((r) => r.path))];
  const templates: TTemplate[] = paths.map((path) => ({
    segments: path.split("/").slice(1),
    routes: routes.filter((r) => r.path === path),
  }));
  templates.sort((a, b) => precedence(a.segments, b.segments));
  return (method, segments) => {
    for (const template of templates) {
      const params = paramsOf(template.segments, segments);
      if (!params) continue;
      // HEAD is answered by the GET handler, as Next does for a route that declares GET.
      const route = template.routes.find((r) => r.method === (method === "HEAD" ? "GET" : method));
      return route
        ? { kind: "route", route, params }
        : { kind: "wrong-method", methods: template.routes.map((r) => r.method) };
    }
    return { kind: "unknown-path" };
  };
}

function paramsOf(template: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (template.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    const name = paramOf(part);
    if (name) params[name] = segments[i];
    else if (part !== segments[i]) return undefined;
  }
  return params;
}

function precedence(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [aParam, bParam] = [paramOf(a[i]) !== undefined, paramOf(b[i]) !== undefined];
    if (aParam !== bParam) return aParam ? 1 : -1;
    if (!aParam && a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}
