ALTER TABLE "department" DROP CONSTRAINT "department_org_name_unique";--> statement-breakpoint
ALTER TABLE "department" ADD COLUMN "name_key" text;--> statement-breakpoint
-- Backfill with lib/settings/department-name's key (accents of the Latin letters used in es/en/pt, case, spacing).
-- Names that already collide keep working: all but the oldest get a key suffixed with their id (renaming one of
-- them to a free name gives it a normal key).
UPDATE "department" AS d SET "name_key" = k.key
FROM (
  SELECT "id",
    CASE WHEN row_number() OVER (PARTITION BY "organization_id", base ORDER BY "created_at", "id") = 1 THEN base
         ELSE base || ' #' || "id" END AS key
  FROM (
    SELECT "id", "organization_id", "created_at",
      lower(regexp_replace(btrim(translate("name", 'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇçÝýÿ', 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCcYyy')), '\s+', ' ', 'g')) AS base
    FROM "department"
  ) AS n
) AS k
WHERE d."id" = k."id";--> statement-breakpoint
ALTER TABLE "department" ALTER COLUMN "name_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "department" ADD CONSTRAINT "department_org_name_key_unique" UNIQUE("organization_id","name_key");
