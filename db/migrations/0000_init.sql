CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agent" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"user_id" text,
	"presence" text DEFAULT 'offline' NOT NULL,
	"presence_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_org_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "agent_org_user_unique" UNIQUE("organization_id","user_id"),
	CONSTRAINT "agent_presence_valid" CHECK ("agent"."presence" in ('online', 'away', 'offline')),
	CONSTRAINT "agent_name_not_blank" CHECK (length(btrim("agent"."name")) between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "agent_department" (
	"organization_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"department_id" text NOT NULL,
	CONSTRAINT "agent_department_pk" PRIMARY KEY("agent_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "assistant" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"scope_settings_id" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"always_on" boolean DEFAULT true NOT NULL,
	CONSTRAINT "assistant_scope_unique" UNIQUE("scope_settings_id"),
	CONSTRAINT "assistant_name_not_blank" CHECK (length(btrim("assistant"."name")) between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" text,
	"actor_name" text NOT NULL,
	"department_id" text,
	"scope_name" text NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"new_version" integer
);
--> statement-breakpoint
CREATE TABLE "department" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_org_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "department_org_name_unique" UNIQUE("organization_id","name"),
	CONSTRAINT "department_name_not_blank" CHECK (length(btrim("department"."name")) between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"email" text NOT NULL,
	"role" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"inviter_id" text NOT NULL,
	CONSTRAINT "invitation_role_valid" CHECK ("invitation"."role" is null or "invitation"."role" in ('admin', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "member" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text DEFAULT 'staff' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_organization_user_unique" UNIQUE("organization_id","user_id"),
	CONSTRAINT "member_role_valid" CHECK ("member"."role" in ('admin', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"logo" text,
	"metadata" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"country" text DEFAULT 'CO' NOT NULL,
	"time_zone" text DEFAULT 'America/Bogota' NOT NULL,
	CONSTRAINT "organization_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organization_country_iso2" CHECK ("organization"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "organization_time_zone_not_empty" CHECK ("organization"."time_zone" <> '')
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" bigint NOT NULL,
	CONSTRAINT "rate_limit_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "schedule_override" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"scope_settings_id" text NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"label" text,
	CONSTRAINT "schedule_override_org_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "schedule_override_scope_date_unique" UNIQUE("scope_settings_id","kind","date"),
	CONSTRAINT "schedule_override_kind_valid" CHECK ("schedule_override"."kind" in ('business', 'assistant')),
	CONSTRAINT "schedule_override_label_length" CHECK ("schedule_override"."label" is null or length("schedule_override"."label") <= 200)
);
--> statement-breakpoint
CREATE TABLE "schedule_override_range" (
	"organization_id" text NOT NULL,
	"override_id" text NOT NULL,
	"position" smallint NOT NULL,
	"start_minute" smallint NOT NULL,
	"end_minute" smallint NOT NULL,
	CONSTRAINT "schedule_override_range_pk" PRIMARY KEY("override_id","position"),
	CONSTRAINT "schedule_override_range_start_valid" CHECK ("schedule_override_range"."start_minute" between 0 and 1439),
	CONSTRAINT "schedule_override_range_end_valid" CHECK ("schedule_override_range"."end_minute" between 1 and 1440),
	CONSTRAINT "schedule_override_range_not_empty" CHECK ("schedule_override_range"."start_minute" <> "schedule_override_range"."end_minute"),
	CONSTRAINT "schedule_override_range_position_valid" CHECK ("schedule_override_range"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "schedule_range" (
	"organization_id" text NOT NULL,
	"scope_settings_id" text NOT NULL,
	"kind" text NOT NULL,
	"weekday" smallint NOT NULL,
	"position" smallint NOT NULL,
	"start_minute" smallint NOT NULL,
	"end_minute" smallint NOT NULL,
	CONSTRAINT "schedule_range_pk" PRIMARY KEY("scope_settings_id","kind","weekday","position"),
	CONSTRAINT "schedule_range_kind_valid" CHECK ("schedule_range"."kind" in ('business', 'assistant')),
	CONSTRAINT "schedule_range_weekday_valid" CHECK ("schedule_range"."weekday" between 0 and 6),
	CONSTRAINT "schedule_range_start_valid" CHECK ("schedule_range"."start_minute" between 0 and 1439),
	CONSTRAINT "schedule_range_end_valid" CHECK ("schedule_range"."end_minute" between 1 and 1440),
	CONSTRAINT "schedule_range_not_empty" CHECK ("schedule_range"."start_minute" <> "schedule_range"."end_minute"),
	CONSTRAINT "schedule_range_position_valid" CHECK ("schedule_range"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "scope_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"department_id" text,
	"uses_general" boolean DEFAULT true NOT NULL,
	"time_zone" text NOT NULL,
	"out_of_hours_message" text DEFAULT '' NOT NULL,
	"priority" text DEFAULT 'assistant' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "scope_settings_org_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "scope_settings_org_department_unique" UNIQUE("organization_id","department_id"),
	CONSTRAINT "scope_settings_general_is_own" CHECK ("scope_settings"."department_id" is not null or "scope_settings"."uses_general" = false),
	CONSTRAINT "scope_settings_priority_valid" CHECK ("scope_settings"."priority" in ('agents', 'assistant')),
	CONSTRAINT "scope_settings_version_positive" CHECK ("scope_settings"."version" >= 1),
	CONSTRAINT "scope_settings_message_length" CHECK (length("scope_settings"."out_of_hours_message") <= 1000),
	CONSTRAINT "scope_settings_time_zone_not_empty" CHECK ("scope_settings"."time_zone" <> '')
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	"active_organization_id" text,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent" ADD CONSTRAINT "agent_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_department" ADD CONSTRAINT "agent_department_agent_fk" FOREIGN KEY ("organization_id","agent_id") REFERENCES "public"."agent"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_department" ADD CONSTRAINT "agent_department_department_fk" FOREIGN KEY ("organization_id","department_id") REFERENCES "public"."department"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant" ADD CONSTRAINT "assistant_scope_fk" FOREIGN KEY ("organization_id","scope_settings_id") REFERENCES "public"."scope_settings"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department" ADD CONSTRAINT "department_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_inviter_id_user_id_fk" FOREIGN KEY ("inviter_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_override" ADD CONSTRAINT "schedule_override_scope_fk" FOREIGN KEY ("organization_id","scope_settings_id") REFERENCES "public"."scope_settings"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_override_range" ADD CONSTRAINT "schedule_override_range_override_fk" FOREIGN KEY ("organization_id","override_id") REFERENCES "public"."schedule_override"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_range" ADD CONSTRAINT "schedule_range_scope_fk" FOREIGN KEY ("organization_id","scope_settings_id") REFERENCES "public"."scope_settings"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_settings" ADD CONSTRAINT "scope_settings_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_settings" ADD CONSTRAINT "scope_settings_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_settings" ADD CONSTRAINT "scope_settings_department_fk" FOREIGN KEY ("organization_id","department_id") REFERENCES "public"."department"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_active_organization_id_organization_id_fk" FOREIGN KEY ("active_organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_user_id_idx" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "agent_org_presence_idx" ON "agent" USING btree ("organization_id","presence");--> statement-breakpoint
CREATE INDEX "agent_department_org_department_idx" ON "agent_department" USING btree ("organization_id","department_id");--> statement-breakpoint
CREATE INDEX "assistant_org_idx" ON "assistant" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "audit_log_org_department_at_idx" ON "audit_log" USING btree ("organization_id","department_id","at","id");--> statement-breakpoint
CREATE INDEX "invitation_organization_id_idx" ON "invitation" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "invitation_email_idx" ON "invitation" USING btree ("email");--> statement-breakpoint
CREATE INDEX "member_user_id_idx" ON "member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "schedule_override_org_idx" ON "schedule_override" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "schedule_override_range_org_idx" ON "schedule_override_range" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "schedule_range_org_idx" ON "schedule_range" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scope_settings_one_general_per_org" ON "scope_settings" USING btree ("organization_id") WHERE "scope_settings"."department_id" is null;--> statement-breakpoint
CREATE INDEX "session_user_id_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "verification_identifier_idx" ON "verification" USING btree ("identifier");