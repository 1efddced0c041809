import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZEventPayload } from "../../../lib/schemas/event-payloads";
import { benchTargetFrom, quoteIdent } from "../../../bench/generate/bench-target";
import { generateSectorData } from "../../../bench/generate/generate-sector-data";
import { benchSizes } from "../../../bench/generate/sizes";
import { seedDemo } from "../../../prisma/seed/seed-demo";
import { usePrivateDb } from "../../support/use-private-db";

const now = new Date("2026-11-18T03:00:00Z");

type TStoredEvent = { id: string; kind: string; payload: unknown };

/** Every event whose payload is not its kind's shape (lib/schemas/event-payloads), with why. */
function misfits(events: readonly TStoredEvent[]) {
  return events.flatMap((e) => {
    const parsed = ZEventPayload.safeParse({ kind: e.kind, payload: e.payload });
    return parsed.success
      ? []
      : [
          {
            kind: e.kind,
            payload: e.payload,
            issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
          },
        ];
  });
}

describe("every event payload the demo seed writes", () => {
  let priv: Awaited<ReturnType<typeof usePrivateDb>>;
  beforeAll(async () => {
    // The seed fills an empty database: a file's own (PGlite's is already).
    priv = await usePrivateDb();
    await seedDemo(priv.db.prisma, now);
  });
  afterAll(async () => {
    await priv?.release();
  });

  it("parses as its kind's payload", async () => {
    const events = await priv.db.prisma.event.findMany({ select: { id: true, kind: true, payload: true } });
    expect(events.length).toBeGreaterThan(100);
    expect(misfits(events)).toEqual([]);
  });
});

// The generator writes through node-postgres to a database it creates: PostgreSQL only.
describe.skipIf(!inject("testOwnerDatabaseUrl"))("every event payload the bench generator writes", () => {
  const url = new URL(inject("testOwnerDatabaseUrl") ?? "postgresql://unused/none");
  url.pathname = `/trach_bench_payloads_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const target = benchTargetFrom(url.toString());
  const dropTarget = async () => {
    const admin = new pg.Client({ connectionString: target.maintenanceUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(target.databaseName)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
  afterAll(dropTarget);

  it("parses as its kind's payload, at a tiny scale (the demo's events included)", async () => {
    const counts = await generateSectorData(
      target,
      benchSizes(0.0005),
      now,
      (_name, run) => run(),
      () => {},
    );
    expect(counts.Event).toBeGreaterThan(1000);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const { rows } = await client.query<TStoredEvent>(`SELECT id, kind::text AS kind, payload FROM "Event"`);
      expect(new Set(rows.map((r) => r.kind)).size).toBeGreaterThan(15);
      expect(misfits(rows)).toEqual([]);
    } finally {
      await client.end();
    }
  }, 180_000);
});
