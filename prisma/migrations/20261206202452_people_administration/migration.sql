-- AlterEnum
ALTER TYPE "EventKind" ADD VALUE 'USER_CHANGED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "employeeCode" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "User_employeeCode_key" ON "User"("employeeCode");

-- Written by hand: User.searchText, as normalizeSearchText (lib/domain/search) writes it: lower
-- case, Vietnamese letters without their marks, "đ" as "d", runs of spaces as one. translate()
-- maps the precomposed letters (names are stored NFC) of both cases, since lower() leaves
-- non-ASCII letters alone under the C collation. A trigger keeps it for every writer.
CREATE FUNCTION "vn_search_text"(p text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(translate(p, 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '\s+', ' ', 'g'))
$$;

CREATE FUNCTION "user_search_text_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := "vn_search_text"(concat_ws(' ', NEW.name, NEW.email, NEW."employeeCode", NEW.title));
  RETURN NEW;
END $$;

CREATE TRIGGER "User_search_text" BEFORE INSERT OR UPDATE OF name, email, "employeeCode", title ON "User"
  FOR EACH ROW EXECUTE FUNCTION "user_search_text_keep"();

UPDATE "User" SET "searchText" = "vn_search_text"(concat_ws(' ', name, email, "employeeCode", title));

-- People lists search every word with LIKE '%word%' (lib/server/people-admin); a trigram index
-- where the extension exists, as for tasks (migration task_list_indexes).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "User_searchText_trgm_idx" ON "User" USING gin ("searchText" gin_trgm_ops);
  END IF;
END $$;
