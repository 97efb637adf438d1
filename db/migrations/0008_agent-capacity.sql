ALTER TABLE "agent" ADD COLUMN "max_active_chats" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "agent" ADD COLUMN "active_chats" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "agent" ADD CONSTRAINT "agent_max_active_chats_range" CHECK ("agent"."max_active_chats" between 1 and 200);--> statement-breakpoint
ALTER TABLE "agent" ADD CONSTRAINT "agent_active_chats_range" CHECK ("agent"."active_chats" between 0 and 10000);