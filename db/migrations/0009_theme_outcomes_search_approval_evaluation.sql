-- Written so it can run twice (see 0007): theme outcomes and followers, search vectors, the
-- chair's approval of briefings and their case fields, evaluations.
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'briefing_approval') THEN CREATE TYPE "public"."briefing_approval" AS ENUM('none', 'requested', 'approved', 'returned'); END IF; END $$;--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'theme-step';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'briefing-approval-requested';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'briefing-approval-decided';--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "theme_follows" (
	"theme_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "theme_follows_theme_id_user_id_pk" PRIMARY KEY("theme_id","user_id")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "theme_step_notices" (
	"theme_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "theme_step_notices_theme_id_step_key_pk" PRIMARY KEY("theme_id","step_key")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"attendee_id" uuid NOT NULL,
	"usefulness" smallint NOT NULL,
	"suggestion" text,
	"suggested_theme_id" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_usefulness_check" CHECK ("evaluations"."usefulness" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN IF NOT EXISTS "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', description), 'B') || setweight(to_tsvector('danish', place), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN IF NOT EXISTS "outcome" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN IF NOT EXISTS "outcome_case_number" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN IF NOT EXISTS "outcome_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN IF NOT EXISTS "outcome_by_id" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN IF NOT EXISTS "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', coalesce(public_title, title)), 'A') || setweight(to_tsvector('danish', coalesce(public_description, description)), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "case_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "recommendation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "approval" "briefing_approval" DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "approval_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "approval_requested_by_id" text;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "approval_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "approval_decided_by_id" text;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "approval_comment" text;--> statement-breakpoint
ALTER TABLE "followups" ADD COLUMN IF NOT EXISTS "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', lead), 'B') || setweight(to_tsvector('danish', body), 'C')) STORED;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'theme_follows_theme_id_themes_id_fk') THEN ALTER TABLE "theme_follows" ADD CONSTRAINT "theme_follows_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'theme_follows_user_id_users_id_fk') THEN ALTER TABLE "theme_follows" ADD CONSTRAINT "theme_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'theme_step_notices_theme_id_themes_id_fk') THEN ALTER TABLE "theme_step_notices" ADD CONSTRAINT "theme_step_notices_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'evaluations_meeting_id_meetings_id_fk') THEN ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'evaluations_attendee_id_attendees_id_fk') THEN ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_attendee_id_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."attendees"("id") ON DELETE cascade ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'evaluations_suggested_theme_id_themes_id_fk') THEN ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_suggested_theme_id_themes_id_fk" FOREIGN KEY ("suggested_theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action; END IF; END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "theme_follows_user_idx" ON "theme_follows" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "evaluations_attendee_unique" ON "evaluations" USING btree ("attendee_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "evaluations_meeting_idx" ON "evaluations" USING btree ("meeting_id");--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'themes_outcome_by_id_users_id_fk') THEN ALTER TABLE "themes" ADD CONSTRAINT "themes_outcome_by_id_users_id_fk" FOREIGN KEY ("outcome_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'followups_approval_requested_by_id_users_id_fk') THEN ALTER TABLE "followups" ADD CONSTRAINT "followups_approval_requested_by_id_users_id_fk" FOREIGN KEY ("approval_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'followups_approval_decided_by_id_users_id_fk') THEN ALTER TABLE "followups" ADD CONSTRAINT "followups_approval_decided_by_id_users_id_fk" FOREIGN KEY ("approval_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action; END IF; END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "meetings_search_idx" ON "meetings" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "themes_search_idx" ON "themes" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "followups_search_idx" ON "followups" USING gin ("search_vector");--> statement-breakpoint
-- The proposer follows its own theme from the start (also for themes the seed or psql inserts).
CREATE OR REPLACE FUNCTION "themes_proposer_follows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.proposer_id IS NOT NULL THEN
    INSERT INTO "theme_follows" ("theme_id", "user_id") VALUES (NEW.id, NEW.proposer_id) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "themes_proposer_follows" ON "themes";--> statement-breakpoint
CREATE TRIGGER "themes_proposer_follows" AFTER INSERT ON "themes" FOR EACH ROW EXECUTE FUNCTION "themes_proposer_follows"();--> statement-breakpoint
INSERT INTO "theme_follows" ("theme_id", "user_id")
  SELECT t."id", t."proposer_id" FROM "themes" t WHERE t."proposer_id" IS NOT NULL ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Briefings sent before the chair's approval existed were sent as approved.
UPDATE "followups" SET "approval" = 'approved', "approval_decided_at" = "dispatched_at"
 WHERE "kind" = 'briefing' AND "status" = 'dispatched' AND "approval" = 'none';