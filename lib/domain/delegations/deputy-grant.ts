// The grant's types live beside TActor, which carries them (lib/domain/access/roles.ts).
export type { TDelegationScope, TDeputyGrant } from "../access/roles";
