import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isDomainError } from "./domain-error";

/**
 * For a page's `.catch`: a refusal of the server function becomes the page that says so (403
 * or 404, with their own status), anything else goes on to the error page. A page reads with
 * the same server functions as the actions and the API, so it refuses exactly as they do.
 */
export function asPageRefusal(e: unknown): never {
  if (isDomainError(e) && e.code === "NOT_FOUND") notFound();
  if (isDomainError(e) && e.code === "FORBIDDEN") forbidden();
  throw e;
}
