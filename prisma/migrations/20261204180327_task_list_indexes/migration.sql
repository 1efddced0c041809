-- CreateIndex
CREATE INDEX "Task_deadline_id_idx" ON "Task"("deadline", "id");

-- Word search over a million tasks (`searchText LIKE '%word%'`, lib/server/search/text-search-where.ts)
-- reads a trigram index instead of every row. Written by hand and guarded: the schema does not
-- declare it, because the shadow PGlite that diffs migrations against schema.prisma
-- (prisma/engine/diff-schema.ts) has no pg_trgm; a store without the extension simply searches
-- without the index and gets the same rows.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "Task_searchText_trgm_idx" ON "Task" USING gin ("searchText" gin_trgm_ops);
  END IF;
END
$$;
