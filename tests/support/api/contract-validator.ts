import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

// Validates API responses against the OpenAPI document the app serves: the operation must be
// documented, the status must be one it documents, and a JSON body must match that status's
// JSON Schema (2020-12, as OpenAPI 3.1 uses), formats included.

type TMediaType = { schema?: Record<string, unknown> };
type TOperation = { responses: Record<string, { content?: Record<string, TMediaType> }> };
export type TOpenApiDoc = { paths: Record<string, Record<string, TOperation>> };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export type TContractCheck = { template: string | null; errors: string[] };

export function createContractValidator(doc: TOpenApiDoc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date-time", DATE_TIME).addFormat("date", DATE).addFormat("uuid", UUID).addFormat("email", EMAIL);
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    regex: new RegExp(`^/api/v1${template.replaceAll(".", "\\.").replaceAll(/\{\w+\}/g, "[^/]+")}$`),
  }));
  const compiled = new Map<string, ValidateFunction>();

  function check(method: string, pathname: string, status: number, contentType: string, body: unknown): TContractCheck {
    const found = templates.find((t) => t.regex.test(pathname) && doc.paths[t.template][method.toLowerCase()]);
    if (!found) return { template: null, errors: [`${method} ${pathname} is not in the OpenAPI document`] };
    const operation = doc.paths[found.template][method.toLowerCase()];
    const response = operation.responses[String(status)];
    if (!response)
      return {
        template: found.template,
        errors: [`status ${status} is not documented for ${method} ${found.template}`],
      };
    const mediaType = Object.keys(response.content ?? {}).find((m) => contentType.split(";")[0].trim() === m);
    if (!mediaType)
      return { template: found.template, errors: [`content type "${contentType}" is not documented for ${status}`] };
    if (mediaType !== "application/json") return { template: found.template, errors: [] };
    const key = `${method} ${found.template} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(response.content![mediaType].schema ?? {});
      compiled.set(key, validate);
    }
    const ok = validate(body);
    const errors = ok
      ? []
      : (validate.errors ?? []).map(
          (e) => `${e.instancePath || "(body)"} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
        );
    return { template: found.template, errors };
  }

  return { check };
}
