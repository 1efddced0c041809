import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi/build-openapi-document";
import { SAMPLE_ID } from "./openapi/curl-example";
import { apiRoutes } from "./registry";

describe("the API registry", () => {
  it("gives every operation a unique id and a unique method and path", () => {
    expect(new Set(apiRoutes.map((r) => r.operationId)).size).toBe(apiRoutes.length);
    expect(new Set(apiRoutes.map((r) => `${r.method} ${r.path}`)).size).toBe(apiRoutes.length);
  });

  it.each(apiRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s declares every path parameter of its template",
    (_name, route) => {
      const inTemplate = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(route.params?.shape ?? {}).sort()).toEqual(inTemplate);
    },
  );

  it.each(apiRoutes.filter((r) => r.body).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s has a body example its own schema accepts",
    (_name, route) => {
      const body = route.body!;
      expect(body.example).toBeDefined();
      const fromPath = Object.fromEntries(Object.keys(body.fromPath ?? {}).map((k) => [k, SAMPLE_ID]));
      const parsed = body.schema.safeParse({ ...body.example, ...fromPath });
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it.each(apiRoutes.filter((r) => r.exampleQuery).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s has a query example its own schema accepts",
    (_name, route) => {
      expect(route.query!.safeParse(route.exampleQuery).error?.issues ?? []).toEqual([]);
    },
  );
});

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument("vi");

  it("is OpenAPI 3.1 with one operation per declaration", () => {
    expect(doc.openapi).toBe("3.1.0");
    const operations = Object.values(doc.paths).flatMap((p) => Object.keys(p));
    expect(operations).toHaveLength(apiRoutes.length);
  });

  it("shows request bodies without the fields taken from the path", () => {
    const op = doc.paths["/steps/{id}/complete"].post as {
      requestBody: { content: { "application/json": { schema: { properties: object; required: string[] } } } };
    };
    const schema = op.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties).sort()).toEqual(["expectedVersion", "result"]);
    expect(schema.required.sort()).toEqual(["expectedVersion", "result"]);
  });

  it("documents the error shape for 401 and 429 on every operation and 422 on every write", () => {
    for (const route of apiRoutes) {
      const op = doc.paths[route.path][route.method.toLowerCase()] as { responses: Record<string, unknown> };
      expect(Object.keys(op.responses)).toEqual(
        expect.arrayContaining(["401", "429", "500", ...(route.method === "POST" ? ["422"] : [])]),
      );
    }
  });
});
