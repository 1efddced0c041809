import { describe, expect, it } from "vitest";
import type { TApiRoute } from "./define-api-route";
import { matchApiRoute } from "./match-api-route";
import { apiRoutes } from "./registry";

const segmentsOf = (path: string) => path.split("/").slice(1);

describe("the route matcher over the registry", () => {
  const match = matchApiRoute(apiRoutes);

  it.each(apiRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s is served by its own declaration",
    (_name, route) => {
      const path = route.path.replaceAll(/\{(\w+)\}/g, "v-$1");
      const params = Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `v-${m[1]}`]));
      expect(match(route.method, segmentsOf(path))).toEqual({ kind: "route", route, params });
    },
  );

  const find = (method: string, path: string) => apiRoutes.find((r) => r.method === method && r.path === path)!;

  it.each([
    ["GET", "/me", find("GET", "/me"), {}],
    ["HEAD", "/me", find("GET", "/me"), {}],
    ["POST", "/tasks", find("POST", "/tasks"), {}],
    ["GET", "/tasks/a/b", find("GET", "/tasks/{id}"), { id: "a/b" }],
    ["GET", "/tasks/events/events", find("GET", "/tasks/{id}/events"), { id: "events" }],
    ["GET", "/reports/summary.xlsx", find("GET", "/reports/summary.xlsx"), {}],
    ["POST", "/steps/x/start", find("POST", "/steps/{id}/start"), { id: "x" }],
  ])("%s %s runs its declaration with the path's parameters", (method, path, route, params) => {
    const segments = path === "/tasks/a/b" ? ["tasks", "a/b"] : segmentsOf(path);
    expect(match(method, segments)).toEqual({ kind: "route", route, params });
  });

  it.each([
    ["POST", "/me", ["GET"]],
    ["DELETE", "/tasks", ["GET", "POST"]],
    ["POST", "/tasks/x", ["GET"]],
    ["GET", "/steps/x/start", ["POST"]],
    ["HEAD", "/steps/x/start", ["POST"]],
    ["PUT", "/reports/summary.xlsx", ["GET"]],
  ])("%s %s is a wrong method: the path declares %j", (method, path, methods) => {
    expect(match(method, segmentsOf(path))).toEqual({ kind: "wrong-method", methods });
  });

  it.each([
    ["GET", "/"],
    ["GET", "/ME"],
    ["GET", "/nothing/here"],
    ["GET", "/tasks/x/events/y"],
    ["POST", "/steps/x/nope"],
    ["GET", "/openapi.json"],
    ["GET", "/me/"],
  ])("%s %s is an unknown path", (method, path) => {
    expect(match(method, path === "/" ? [] : segmentsOf(path))).toEqual({ kind: "unknown-path" });
  });
});

describe("the route matcher between static segments and parameters", () => {
  const route = (method: "GET" | "POST", path: `/${string}`) => ({ method, path }) as TApiRoute;
  const routes = [
    route("GET", "/tasks/{id}"),
    route("POST", "/tasks/{id}"),
    route("GET", "/tasks/search"),
    route("GET", "/tasks/{id}/events"),
    route("POST", "/tasks/search/events"),
    route("GET", "/a/{x}/b/{z}"),
    route("GET", "/a/{y}/b/c"),
    route("GET", "/{kind}/all"),
    route("GET", "/units/{id}"),
  ];
  const match = matchApiRoute(routes);

  it.each([
    ["GET", "/tasks/search", routes[2], {}],
    ["GET", "/tasks/other", routes[0], { id: "other" }],
    ["POST", "/tasks/other", routes[1], { id: "other" }],
    ["GET", "/tasks/other/events", routes[3], { id: "other" }],
    ["POST", "/tasks/search/events", routes[4], {}],
    ["GET", "/a/1/b/c", routes[6], { y: "1" }],
    ["GET", "/a/1/b/d", routes[5], { x: "1", z: "d" }],
    ["GET", "/units/all", routes[8], { id: "all" }],
    ["GET", "/tasks/all", routes[0], { id: "all" }],
    ["GET", "/signals/all", routes[7], { kind: "signals" }],
  ])("%s %s matches %o", (method, path, expected, params) => {
    expect(match(method, segmentsOf(path))).toEqual({ kind: "route", route: expected, params });
  });

  it("answers 405 from the static template rather than running another template's method", () => {
    expect(match("POST", segmentsOf("/tasks/search"))).toEqual({ kind: "wrong-method", methods: ["GET"] });
    expect(match("GET", segmentsOf("/tasks/search/events"))).toEqual({ kind: "wrong-method", methods: ["POST"] });
  });
});
