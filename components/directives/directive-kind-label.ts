import { directiveKinds } from "@/lib/schemas/directive-kinds";

/** The kinds of directive; their names are in the catalog at enums.directiveKind.<kind>. */
export type TDirectiveKind = (typeof directiveKinds)[number];

export function isDirectiveKind(value: string): value is TDirectiveKind {
  return (directiveKinds as readonly string[]).includes(value);
}
