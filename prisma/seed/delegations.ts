import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import type { TSeedClock } from "./seed-clock.ts";

/**
 * One delegation of the demo, live today: the director of BHXH TP. Hồ Chí Minh is away at the
 * ministry and his head's decisions go to the head of personnel of his office, as an office
 * would do it, with its DELEGATION_CREATED event. Written as the app writes it (create-delegation.ts).
 */
export async function seedDemoDelegations(prisma: PrismaClient, clock: TSeedClock): Promise<void> {
  const [principal, deputy] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: "thinhlq@demo.bhxh.vn" }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: "trietcm@demo.bhxh.vn" }, select: { id: true } }),
  ]);
  const startsOn = clock.day(-1);
  const endsOn = clock.day(3);
  const reason = "Giám đốc đi công tác tại BHXH Việt Nam";
  const at = clock.at(clock.lastPastDay, "16:30");
  const delegation = await prisma.delegation.create({
    data: {
      principalId: principal.id,
      deputyId: deputy.id,
      scope: "HEAD_DECISIONS",
      startsOn: new Date(`${startsOn}T00:00:00.000Z`),
      endsOn: new Date(`${endsOn}T00:00:00.000Z`),
      reason,
      createdById: principal.id,
      createdAt: at,
    },
  });
  await prisma.event.create({
    data: {
      kind: "DELEGATION_CREATED",
      actorId: principal.id,
      at,
      reason,
      payload: {
        delegationId: delegation.id,
        principalId: principal.id,
        deputyId: deputy.id,
        scope: "HEAD_DECISIONS",
        startsOn,
        endsOn,
      },
    },
  });
}
