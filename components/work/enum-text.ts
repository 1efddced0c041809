import type { useTranslations } from "next-intl";

type TEnumsT = ReturnType<typeof useTranslations<"enums">>;
type TEnumKey = Parameters<TEnumsT>[0];

/**
 * An enum value's label from the catalog (enums.<group>.<value>), or the value as stored when
 * the catalog does not know it (a newer value), as the old label maps did.
 */
export function enumText(
  t: TEnumsT,
  group: "stepStatus" | "stepKind" | "priority" | "taskStatus" | "eventKind" | "unitLevel",
  value: string,
): string {
  const key = `${group}.${value}` as TEnumKey;
  return t.has(key) ? t(key) : value;
}
