import type { TEscalationLevel } from "./escalation-level";
import { parentUnitPath } from "./parent-unit-path";

export type TEscalationAudience =
  | { kind: "OWNER"; userId: string }
  | { kind: "UNIT_HEAD"; unitPath: string }
  | { kind: "SUPERIOR_UNIT_HEAD"; unitPath: string }
  | { kind: "TCCB" };

/**
 * Who must see a step escalated to `level`: 1 its owner, 2 the head of the step's unit,
 * 3 the head of the unit above it (`unitPath` is then the parent path), 4 the Personnel
 * Department (TCCB). A step of the root unit has no superior unit, so its level 3 goes to
 * TCCB. Level 0 concerns nobody (null). Each level is seen in addition to the ones below;
 * this names only the newly concerned audience.
 */
export function escalationAudience(
  level: TEscalationLevel,
  stepUnitPath: string,
  ownerId: string,
): TEscalationAudience | null {
  switch (level) {
    case 0:
      return null;
    case 1:
      return { kind: "OWNER", userId: ownerId };
    case 2:
      parentUnitPath(stepUnitPath); // validates the path
      return { kind: "UNIT_HEAD", unitPath: stepUnitPath };
    case 3: {
      const parent = parentUnitPath(stepUnitPath);
      return parent ? { kind: "SUPERIOR_UNIT_HEAD", unitPath: parent } : { kind: "TCCB" };
    }
    case 4:
      return { kind: "TCCB" };
  }
}
