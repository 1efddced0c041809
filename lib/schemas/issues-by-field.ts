import type { z } from "zod";

/**
 * Zod issues keyed by their full path ("steps.2.ownerId"), as the forms name their fields and
 * the API's `fields` names them. An issue about the input as a whole (not an object at all)
 * goes under `whole` ("input" for a server action, "body" for the API), so that every refusal
 * names something.
 */
export function issuesByField(error: z.ZodError, whole: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fields[issue.path.length ? issue.path.join(".") : whole] ??= []).push(issue.message);
  return fields;
}
