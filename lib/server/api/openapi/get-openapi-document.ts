import "server-only";
import { buildOpenApiDocument, type TOpenApiDocument } from "./build-openapi-document";

let cached: TOpenApiDocument | undefined;

/** Built once per process: the document only changes with the code. */
export function getOpenApiDocument(): TOpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
