export { escalationLevel } from "./escalation-level";
export type { TEscalatableStep, TEscalationLevel } from "./escalation-level";
export { effectiveEscalation } from "./effective-escalation";
export type { TEffectiveEscalation, TManualEscalation } from "./effective-escalation";
export { escalationAudience } from "./escalation-audience";
export type { TEscalationAudience } from "./escalation-audience";
export { parentUnitPath } from "./parent-unit-path";
