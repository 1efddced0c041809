import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/server/errors/domain-error";

/**
 * For pages: a unit or person outside the actor's remit, or missing, shows the 404 page, so
 * that a page never tells which ids exist elsewhere. Anything else propagates to error.tsx.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (isDomainError(e) && (e.code === "FORBIDDEN" || e.code === "NOT_FOUND")) notFound();
    throw e;
  }
}
