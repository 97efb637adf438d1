-- Custom SQL that drizzle-kit cannot express. Runs unchanged on PGlite (PostgreSQL 17) and PostgreSQL ≥ 15.

-- An agent can only be linked to a user who is a member of the same organization. When the membership goes away
-- only user_id is cleared (column list on SET NULL needs PostgreSQL 15).
ALTER TABLE "agent" ADD CONSTRAINT "agent_member_fk" FOREIGN KEY ("organization_id", "user_id")
  REFERENCES "public"."member" ("organization_id", "user_id") ON DELETE SET NULL ("user_id");
--> statement-breakpoint

-- The audit log is append-only (docs/behaviour.md §6): UPDATE and TRUNCATE are always rejected; DELETE is only allowed as the
-- cascade of deleting the whole organization (the organization row is already gone when the cascade runs).
CREATE FUNCTION "audit_log_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "organization" WHERE "id" = OLD."organization_id") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% rejected)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_reject_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_reject_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_reject_change"();
