import "server-only";
import type { TActor, TPosition, TRole } from "@/lib/domain/access/roles";

export type TCurrentActor = TActor & {
  name: string;
  email: string;
  title: string | null;
  position: TPosition;
  unitName: string;
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
};

/** The actor as every authorisation check sees it, from a user row read fresh with its unit. */
export function toCurrentActor(user: TUserWithUnit): TCurrentActor {
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
  };
}
