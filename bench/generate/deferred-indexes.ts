import type pg from "pg";
import { quoteIdent } from "./bench-target.ts";

export type TDeferredIndex = { table: string; name: string; definition: string; isConstraint: boolean };

/** The tables that receive millions of rows: cheaper to index once at the end than row by row. */
export const BULK_TABLES = ["Task", "TaskStep", "Event", "Consultation", "ExtensionRequest", "Escalation", "Signal"];

/**
 * Drops the indexes of `tables` that can be rebuilt from their definition alone: every plain
 * or unique index, and a primary key only when no foreign key points at its table (dropping
 * a referenced key would take the foreign keys with it). Returns what recreateIndexes needs
 * to put back exactly the same definitions, whatever later migrations add.
 */
export async function dropDeferredIndexes(client: pg.ClientBase, tables: readonly string[]): Promise<TDeferredIndex[]> {
  const { rows } = await client.query<TDeferredIndex>(
    `SELECT t.relname AS "table", ic.relname AS name,
            CASE WHEN c.oid IS NULL THEN pg_get_indexdef(i.indexrelid) ELSE pg_get_constraintdef(c.oid) END AS definition,
            c.oid IS NOT NULL AS "isConstraint"
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
     LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = t.oid AND c.contype IN ('p', 'u')
     WHERE t.relname = ANY($1::text[])
       AND (c.oid IS NULL OR NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = t.oid))
     ORDER BY t.relname, ic.relname`,
    [tables],
  );
  for (const index of rows) {
    await client.query(
      index.isConstraint
        ? `ALTER TABLE ${quoteIdent(index.table)} DROP CONSTRAINT ${quoteIdent(index.name)}`
        : `DROP INDEX ${quoteIdent(index.name)}`,
    );
  }
  return rows;
}

export async function recreateIndexes(client: pg.ClientBase, indexes: readonly TDeferredIndex[]): Promise<void> {
  for (const index of indexes) {
    await client.query(
      index.isConstraint
        ? `ALTER TABLE ${quoteIdent(index.table)} ADD CONSTRAINT ${quoteIdent(index.name)} ${index.definition}`
        : index.definition,
    );
  }
}
