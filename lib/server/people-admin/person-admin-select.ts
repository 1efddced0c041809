import "server-only";
import type { TPayloadOf } from "@/lib/schemas/event-payloads";

/** What the people administration reads of a person. Never the password hash. */
export const personAdminSelect = {
  id: true,
  name: true,
  email: true,
  employeeCode: true,
  title: true,
  position: true,
  roles: true,
  unitId: true,
  isActive: true,
} as const;

type TFields = TPayloadOf<"USER_CHANGED">["user"];

/** The fields an USER_CHANGED event keeps, before or after. */
export function personFieldsOf(u: TFields & { id: string }): TFields {
  return {
    name: u.name,
    email: u.email,
    employeeCode: u.employeeCode,
    title: u.title,
    position: u.position,
    roles: [...u.roles],
    unitId: u.unitId,
    isActive: u.isActive,
  };
}
