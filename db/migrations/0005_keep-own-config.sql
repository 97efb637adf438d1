ALTER TABLE "scope_settings" ADD COLUMN "has_own_config" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Backfill: General and departments on their own configuration have one; so does a department that was switched
-- from its own configuration to General (its audit says usesGeneral false → true): the editor kept that copy.
UPDATE "scope_settings" AS s SET "has_own_config" = true
WHERE s."department_id" IS NULL
   OR s."uses_general" = false
   OR EXISTS (
     SELECT 1 FROM "audit_log" AS a
     WHERE a."organization_id" = s."organization_id"
       AND a."department_id" = s."department_id"
       AND a."action" = 'settings.update'
       AND a."changes" -> 'usesGeneral' ->> 'before' = 'false'
   );
