/**
 * Who an event holds accountable: the principal when a deputy acted for them, else the actor.
 * Signals and counts read this, never the deputy's id: the step, its deadline and any bounce,
 * overruled return or late answer stay the principal's (and their unit's), and a deputy is
 * neither blamed nor credited as an owner for work done in someone else's name. The actor of
 * record (Event.actorId) is still the deputy: the history shows "X (thay Y)".
 */
export function accountablePersonOf(event: { actorId: string | null; onBehalfOfId?: string | null }): string | null {
  return event.onBehalfOfId ?? event.actorId;
}
