import "server-only";
import type { z } from "zod";
import type { ZApiUser } from "@/lib/schemas/api/units-users";

type TUserRow = {
  id: string;
  name: string;
  email: string;
  employeeCode: string | null;
  title: string | null;
  position: "STAFF" | "DEPUTY_HEAD" | "HEAD";
  roles: ("STAFF" | "UNIT_HEAD" | "TCCB_MONITOR" | "INSPECTOR" | "ADMIN")[];
  isActive: boolean;
  unit: { id: string; name: string };
};

export function serializeUser(u: TUserRow): z.input<typeof ZApiUser> {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    employeeCode: u.employeeCode,
    title: u.title,
    position: u.position,
    roles: u.roles,
    unit: { id: u.unit.id, name: u.unit.name },
    isActive: u.isActive,
  };
}
