CREATE TABLE "api_key" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"permissions" text[] NOT NULL,
	"rate_limit_per_minute" integer DEFAULT 600 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" text,
	"created_by_name" text NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_key_secret_hash_unique" UNIQUE("secret_hash"),
	CONSTRAINT "api_key_org_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "api_key_name_not_blank" CHECK (length(btrim("api_key"."name")) between 1 and 100),
	CONSTRAINT "api_key_permissions_valid" CHECK ("api_key"."permissions" <@ array['routing:read', 'settings:read', 'settings:write', 'presence:write']::text[]),
	CONSTRAINT "api_key_rate_limit_positive" CHECK ("api_key"."rate_limit_per_minute" between 1 and 1000000)
);
--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_key_org_idx" ON "api_key" USING btree ("organization_id","created_at");