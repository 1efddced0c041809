import "server-only";
import { endOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import type { TDigestItem, TDigestRecipient } from "@/lib/domain/digest/digest-item";
import { DIGEST_LINES_PER_SECTION } from "@/lib/domain/digest/digest-text";
import { formatDailyDigest, type TDigestMail } from "@/lib/domain/digest/format-daily-digest";
import type { TMailChannel } from "@/lib/domain/notifications/mail-channel";
import { mailChannelOf } from "@/lib/domain/notifications/mail-channel-of";
import { notificationKinds, type TNotificationKind } from "@/lib/domain/notifications/notification-kind";
import { notificationMessage } from "@/lib/domain/notifications/notification-message";
import type { TSignalKind } from "@/lib/domain/signals/signal-kind";
import { msg, type TMessageKey } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import type { Prisma } from "@/lib/server/db/prisma";
import { DIGEST_ITEMS_SQL } from "./digest-items-sql";

type TRow = TDigestItem & { userName: string; email: string; actorName: string | null; signalKind: string | null };

/**
 * Everyone's daily digest for `today`, built with one query for the whole sector (never one per
 * person): the lines of each person's sections, then one message per person who has any.
 * `since` is when the previous digest started: the heads' "new overdue" section covers what
 * became overdue between it and `now`. Reads only; the caller queues the messages.
 */
export async function buildDailyDigests(
  client: Prisma.TransactionClient,
  now: Date,
  since: Date,
  today: TLocalDate,
  baseUrl: string,
): Promise<TDigestMail[]> {
  const rows = await client.$queryRawUnsafe<TRow[]>(
    DIGEST_ITEMS_SQL,
    now,
    endOfLocalDay(today),
    since,
    DIGEST_LINES_PER_SECTION,
    digestChannelPairs(),
  );
  const mails: TDigestMail[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i].userId === rows[start].userId) continue;
    const mine = rows.slice(start, i);
    const person: TDigestRecipient = { id: mine[0].userId, name: mine[0].userName, email: mine[0].email };
    const mail = formatDailyDigest(person, mine.map(withNote), today, baseUrl, (m) => translate("vi", m));
    if (mail) mails.push(mail);
    start = i;
  }
  return mails;
}

/**
 * Signals are named in Vietnamese by their kind's label, rulings by what they wait on, and
 * notifications by their sentence, as the bell words them.
 */
function withNote(row: TRow): TDigestItem {
  const { userName: _name, email: _email, actorName, signalKind, ...item } = row;
  if (!row.note) return item;
  if (row.section === "signals")
    return { ...item, note: translate("vi", msg(`enums.signalKind.${row.note}` as TMessageKey)) };
  if (row.section === "rulings")
    return {
      ...item,
      note:
        row.note === "RETURN" || row.note === "EXTENSION"
          ? translate("vi", msg(`mail.digest.ruling.${row.note}`))
          : null,
    };
  const facts = {
    kind: row.note as TNotificationKind,
    actorName,
    stepName: row.stepName,
    taskTitle: row.taskTitle,
    signalKind: signalKind as TSignalKind | null,
  };
  return { ...item, note: translate("vi", notificationMessage(facts)) };
}

/** Every "KIND:stored channel" pair ('' for none stored) that mailChannelOf sends to the digest. */
function digestChannelPairs(): string[] {
  const stored: (TMailChannel | null)[] = [null, "IMMEDIATE", "DIGEST", "OFF"];
  return notificationKinds.flatMap((kind) =>
    stored.filter((c) => mailChannelOf(kind, c) === "DIGEST").map((c) => `${kind}:${c ?? ""}`),
  );
}
