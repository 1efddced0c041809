// The parts of an OpenAPI operation the reference page shows (the document is built in
// lib/server/api/openapi and typed loosely there).

export type TDocSchema = Record<string, unknown>;
export type TDocOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: TDocSchema }[];
  requestBody?: { content: Record<string, { schema: TDocSchema; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: TDocSchema }> }>;
  "x-codeSamples": { lang: string; source: string }[];
};
export type TDocEntry = { method: string; path: string; op: TDocOperation };
