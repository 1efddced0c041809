import "server-only";
import type { TImportVocabulary } from "@/lib/domain/imports/plan-people-import";
import type { TTaskImportVocabulary } from "@/lib/domain/imports/plan-tasks-import";
import { priorities } from "@/lib/schemas/priorities";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import { LOCALES } from "@/lib/i18n/locales";
import { msg, type TMessageKey } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import { positions, roles } from "@/lib/schemas/people-roles";
import { unitLevels } from "@/lib/schemas/unit-levels";

function wordsFor<T extends string>(codes: readonly T[], key: (code: T) => TMessageKey): Map<string, T> {
  const words = new Map<string, T>();
  for (const code of codes) {
    words.set(normalizeSearchText(code), code);
    for (const locale of LOCALES) words.set(normalizeSearchText(translate(locale, msg(key(code)))), code);
  }
  return words;
}

let cached: TImportVocabulary | undefined;

/** The words a cell may use for a level, a position or a role: the codes and their labels in every language. */
export function importVocabulary(): TImportVocabulary {
  return (cached ??= {
    level: wordsFor(unitLevels, (c) => `enums.unitLevel.${c}`),
    position: wordsFor(positions, (c) => `peopleAdmin.form.positionOption.${c}`),
    role: wordsFor(roles, (c) => `enums.role.${c}`),
  });
}

let cachedTasks: TTaskImportVocabulary | undefined;

/** The words a cell may use for a priority or a step kind. */
export function taskImportVocabulary(): TTaskImportVocabulary {
  return (cachedTasks ??= {
    priority: wordsFor(priorities, (c) => `enums.priority.${c}`),
    stepKind: wordsFor(stepKinds, (c) => `enums.stepKind.${c}`),
  });
}
