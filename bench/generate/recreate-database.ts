import pg from "pg";
import { quoteIdent, type TBenchTarget } from "./bench-target.ts";

/** Drops the benchmark database (disconnecting its sessions) and creates it empty. */
export async function recreateDatabase(target: TBenchTarget): Promise<void> {
  const client = new pg.Client({ connectionString: target.maintenanceUrl });
  await client.connect();
  try {
    const name = quoteIdent(target.databaseName);
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
