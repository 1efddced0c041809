import "server-only";
import type { TActor, TPosition, TRole } from "@/lib/domain/access/roles";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "@/lib/i18n/locales";

export type TCurrentActor = TActor & {
  name: string;
  email: string;
  title: string | null;
  position: TPosition;
  unitName: string;
  locale: TLocale;
};

type TUserWithUnit = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  position: string;
  roles: string[];
  unitId: string;
  unit: { name: string; path: string };
  locale: string | null;
};

/**
 * The actor as every authorisation check sees it, from a user row read fresh with its unit.
 * Their language is their own choice, else `unchosen` (the browser's, for a session).
 */
export function toCurrentActor(user: TUserWithUnit, unchosen: TLocale = DEFAULT_LOCALE): TCurrentActor {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    position: user.position as TPosition,
    roles: user.roles as TRole[],
    unitId: user.unitId,
    unitPath: user.unit.path,
    unitName: user.unit.name,
    locale: isLocale(user.locale) ? user.locale : unchosen,
  };
}
