-- Issue 12: staff usernames are stored normalised (NFC, lower case, trimmed) and unique in
-- that form. Existing names are normalised; when two fold to the same name, the oldest
-- account (then the smallest id) keeps it and the others get "-2", "-3"… (deterministic).
ALTER TABLE "staff_users" ADD COLUMN "username_before_i12" text;
--> statement-breakpoint
UPDATE "staff_users" SET "username_before_i12" = "username", "username" = '~i12~' || "id"::text;
--> statement-breakpoint
WITH ranked AS (
  SELECT "id",
    lower(normalize(btrim("username_before_i12"), NFC)) AS norm,
    row_number() OVER (
      PARTITION BY lower(normalize(btrim("username_before_i12"), NFC)) ORDER BY "created_at", "id"
    ) AS n
  FROM "staff_users"
)
UPDATE "staff_users" u SET "username" = CASE WHEN r.n = 1 THEN r.norm ELSE r.norm || '-' || r.n END
FROM ranked r WHERE u."id" = r."id";
--> statement-breakpoint
ALTER TABLE "staff_users" DROP COLUMN "username_before_i12";
--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_username_folded" ON "staff_users" (lower(normalize("username", NFC)));
