import { msg, type TMessage, type TMessageValue } from "../../i18n/message";
import { formatDateTime } from "../format/format-date-time";
import type { TSignalContext } from "./build-signal-context";
import type { TTransfer } from "./ownership-transfers";
import type { TEventKind } from "./signal-input";
import { joinValues } from "./signal-words";

export type TLoopPerson = { id: string; name: string; unitId: string | null; unitName: string | null };
export type TLoopUnit = { id: string; name: string };
export type TLoopHandover = {
  eventId: string;
  seq: number;
  at: Date;
  kind: TEventKind;
  actorId: string | null;
  fromUserId: string | null;
  toUserId: string | null;
  fromUnitId: string | null;
  toUnitId: string | null;
};

/**
 * Everyone the work went round among, in the order they first held it, each with the unit
 * they held it in; every unit the work passed through; and every handover (event id, seq,
 * time). A signal names one passer, but the loop is the evidence a head reads: naming only
 * the last holder's unit hid the other units that bounced the work.
 */
export type TPingPongLoop = { people: TLoopPerson[]; units: TLoopUnit[]; handovers: TLoopHandover[] };

export function pingPongLoop(ctx: TSignalContext, transfers: readonly TTransfer[]): TPingPongLoop {
  const people = new Map<string, TLoopPerson>();
  const units = new Map<string, TLoopUnit>();
  const hold = (userId: string | null, unitId: string | null) => {
    const unit = unitId ?? ctx.userOf(userId)?.unitId ?? null;
    if (unit != null && !units.has(unit)) units.set(unit, { id: unit, name: ctx.unitName(unit) });
    if (userId != null && !people.has(userId)) {
      people.set(userId, {
        id: userId,
        name: ctx.userName(userId),
        unitId: unit,
        unitName: unit == null ? null : ctx.unitName(unit),
      });
    }
  };
  if (transfers.length > 0) hold(transfers[0].from, transfers[0].fromUnitId);
  for (const t of transfers) hold(t.to, t.toUnitId);
  const handovers = transfers.map((t) => ({
    eventId: t.event.id,
    seq: t.event.seq,
    at: t.event.at,
    kind: t.event.kind,
    actorId: t.event.actorId,
    fromUserId: t.from,
    toUserId: t.to,
    fromUnitId: t.fromUnitId,
    toUnitId: t.toUnitId,
  }));
  return { people: [...people.values()], units: [...units.values()], handovers };
}

/** "Những người trong vòng: Lan (BHXH quận Đống Đa), Minh (Vụ Tài chính). Đơn vị: …. Các lần chuyển: #2 lúc 02/11/2026 09:00, …" */
export function describePingPongLoop(loop: TPingPongLoop): TMessageValue {
  const parts: TMessage[] = [];
  if (loop.people.length > 0) {
    const people = loop.people.map((p) => (p.unitName ? `${p.name} (${p.unitName})` : p.name)).join(", ");
    parts.push(msg("domain.signals.loopPeople", { people }));
  }
  if (loop.units.length > 0)
    parts.push(msg("domain.signals.loopUnits", { units: loop.units.map((u) => u.name).join(", ") }));
  const handovers = loop.handovers.map((h) =>
    msg("domain.signals.loopHandover", { seq: h.seq, at: formatDateTime(h.at) }),
  );
  parts.push(msg("domain.signals.loopHandovers", { handovers: joinValues(handovers, "domain.signals.joinComma") }));
  return joinValues(parts, "domain.signals.joinSpace");
}
