-- Deliveries written before this migration get their payload's JSON text as body (their first attempt's exact bytes
-- are not known any more); every later attempt of them sends that. New deliveries store the body serialised when
-- they are written (issue 22 item 10).
ALTER TABLE "webhook_delivery" ADD COLUMN "body" text;--> statement-breakpoint
UPDATE "webhook_delivery" SET "body" = "payload"::text WHERE "body" IS NULL;--> statement-breakpoint
ALTER TABLE "webhook_delivery" ALTER COLUMN "body" SET NOT NULL;
