import "server-only";
import type { TEventPayload } from "@/lib/schemas/event-payloads";

type TEventRow = { kind: string; payload: unknown };

/** An Event row whose `kind` and `payload` are typed together (lib/schemas/event-payloads). */
export type TTypedEvent<R extends TEventRow> = Omit<R, "kind" | "payload"> & TEventPayload;

/**
 * Event rows as read by Prisma (payload: untyped JSON), typed by their kind. Not parsed again
 * on every read: every writer is typed by ZEventPayload and recordEvent checks it, and the
 * tests parse every payload of the demo and of a generated data set.
 */
export function typedEvents<R extends TEventRow>(rows: readonly R[]): TTypedEvent<R>[] {
  return rows as unknown as TTypedEvent<R>[];
}
