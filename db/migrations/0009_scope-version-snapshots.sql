CREATE TABLE "scope_version" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scope_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" text NOT NULL,
	"department_id" text,
	"version" integer NOT NULL,
	"uses_general" boolean NOT NULL,
	"has_own_config" boolean NOT NULL,
	"config" jsonb NOT NULL,
	"restored_from" integer,
	"saved_by_user_id" text,
	"saved_by_name" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scope_version_org_department_version_unique" UNIQUE("organization_id","department_id","version"),
	CONSTRAINT "scope_version_version_positive" CHECK ("scope_version"."version" >= 1),
	CONSTRAINT "scope_version_general_is_own" CHECK ("scope_version"."department_id" is not null or "scope_version"."uses_general" = false)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "restored_version" integer;--> statement-breakpoint
ALTER TABLE "scope_version" ADD CONSTRAINT "scope_version_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_version" ADD CONSTRAINT "scope_version_department_fk" FOREIGN KEY ("organization_id","department_id") REFERENCES "public"."department"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "scope_version_general_version_unique" ON "scope_version" USING btree ("organization_id","version") WHERE "scope_version"."department_id" is null;--> statement-breakpoint
-- Custom (drizzle-kit cannot express it): a version snapshot never changes once written, so what the history shows
-- and what a restore brings back are what was saved. Rows still go with their department or organization (cascade).
CREATE FUNCTION "scope_version_reject_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'scope_version is immutable (% rejected)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "scope_version_no_update" BEFORE UPDATE ON "scope_version"
  FOR EACH ROW EXECUTE FUNCTION "scope_version_reject_update"();
