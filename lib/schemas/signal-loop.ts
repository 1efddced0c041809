import { z } from "zod";

/**
 * A ping-pong signal's loop as stored in Signal.loop (lib/domain/signals/ping-pong-loop.ts):
 * read back through this schema by the signal screens and the API, so that a row written by
 * an older version reads as "no loop" instead of breaking the page.
 */
export const ZSignalLoop = z.object({
  people: z.array(
    z.object({ id: z.string(), name: z.string(), unitId: z.string().nullable(), unitName: z.string().nullable() }),
  ),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  handovers: z.array(
    z.object({
      eventId: z.string(),
      seq: z.number().int(),
      at: z.iso.datetime({ offset: true }),
      kind: z.string(),
      actorId: z.string().nullable(),
      fromUserId: z.string().nullable(),
      toUserId: z.string().nullable(),
      fromUnitId: z.string().nullable(),
      toUnitId: z.string().nullable(),
    }),
  ),
});

export type TSignalLoop = z.infer<typeof ZSignalLoop>;

/** The stored loop, or null when there is none (every kind but PING_PONG) or it does not parse. */
export function signalLoopOf(stored: unknown): TSignalLoop | null {
  const parsed = ZSignalLoop.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
