-- Written so it can run twice (see 0007): named attendees, check-in and reminders.
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'attendee-confirmed';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'attendee-removed';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'meeting-reminder';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'seat-released';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'colleague-released';--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" text,
	"is_registrant" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"email" text,
	"note" text,
	"ticket_version" integer DEFAULT 1 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checked_in_by_id" text,
	"walk_in" boolean DEFAULT false NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN IF NOT EXISTS "reminder_days_before" integer DEFAULT 2;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN IF NOT EXISTS "present" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'attendees_registration_id_registrations_id_fk') THEN ALTER TABLE "attendees" ADD CONSTRAINT "attendees_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'attendees_meeting_id_meetings_id_fk') THEN ALTER TABLE "attendees" ADD CONSTRAINT "attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'attendees_user_id_users_id_fk') THEN ALTER TABLE "attendees" ADD CONSTRAINT "attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action; END IF; END $$;--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'attendees_checked_in_by_id_users_id_fk') THEN ALTER TABLE "attendees" ADD CONSTRAINT "attendees_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action; END IF; END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "attendees_registration_idx" ON "attendees" USING btree ("registration_id","position");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "attendees_meeting_idx" ON "attendees" USING btree ("meeting_id") WHERE "attendees"."cancelled_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "attendees_one_registrant_idx" ON "attendees" USING btree ("registration_id") WHERE "attendees"."is_registrant";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "attendees_user_idx" ON "attendees" USING btree ("user_id");--> statement-breakpoint
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'meetings_reminder_days_check') THEN ALTER TABLE "meetings" ADD CONSTRAINT "meetings_reminder_days_check" CHECK ("meetings"."reminder_days_before" between 0 and 30); END IF; END $$;--> statement-breakpoint
-- Keeps a registration's seat counts equal to its attendees: colleagues = active attendees − 1
-- (the registrant's "1 +" in seatSum), present = attendees checked in. One statement per change,
-- so every writer (the app, the seed, a manual fix in psql) keeps the counts right.
CREATE OR REPLACE FUNCTION "attendees_sync_registration"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rid uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN rid := OLD.registration_id; ELSE rid := NEW.registration_id; END IF;
  UPDATE "registrations" r
     SET "colleagues" = greatest(c.active - 1, 0), "present" = c.present
    FROM (SELECT count(*) FILTER (WHERE a."cancelled_at" IS NULL) AS active,
                 count(*) FILTER (WHERE a."cancelled_at" IS NULL AND a."checked_in_at" IS NOT NULL) AS present
            FROM "attendees" a WHERE a."registration_id" = rid) c
   WHERE r."id" = rid
     AND (r."colleagues" IS DISTINCT FROM greatest(c.active - 1, 0) OR r."present" IS DISTINCT FROM c.present);
  IF TG_OP = 'UPDATE' AND OLD.registration_id IS DISTINCT FROM NEW.registration_id THEN
    RAISE EXCEPTION 'an attendee cannot move to another registration';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "attendees_sync_registration" ON "attendees";--> statement-breakpoint
CREATE TRIGGER "attendees_sync_registration" AFTER INSERT OR DELETE OR UPDATE OF "cancelled_at", "checked_in_at", "registration_id"
  ON "attendees" FOR EACH ROW EXECUTE FUNCTION "attendees_sync_registration"();--> statement-breakpoint
-- A new registration gets its registrant's attendee (name and email from the account) and one
-- unnamed attendee per colleague, in one statement. Code that names colleagues inserts the
-- registration with colleagues = 0 and adds them after.
CREATE OR REPLACE FUNCTION "registrations_create_attendees"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  came timestamptz;
BEGIN
  IF NEW.status = 'attended' THEN came := coalesce(NEW.attended_at, now()); END IF;
  INSERT INTO "attendees" ("registration_id", "meeting_id", "user_id", "is_registrant", "position", "name", "email", "checked_in_at")
  SELECT NEW.id, NEW.meeting_id, NEW.user_id, true, 0, coalesce(u."name", ''), u."email", came
    FROM (SELECT 1) one LEFT JOIN "users" u ON u."id" = NEW.user_id
  UNION ALL
  SELECT NEW.id, NEW.meeting_id, NULL, false, g, '', NULL, came
    FROM generate_series(1, NEW.colleagues) g;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "registrations_create_attendees" ON "registrations";--> statement-breakpoint
CREATE TRIGGER "registrations_create_attendees" AFTER INSERT ON "registrations"
  FOR EACH ROW EXECUTE FUNCTION "registrations_create_attendees"();--> statement-breakpoint
-- Existing registrations: the registrant plus unnamed colleagues (the registrant is asked to name
-- them); a registration marked attended had its whole party present.
INSERT INTO "attendees" ("registration_id", "meeting_id", "user_id", "is_registrant", "position", "name", "email", "checked_in_at")
SELECT r."id", r."meeting_id", r."user_id", true, 0, coalesce(u."name", ''), u."email",
       CASE WHEN r."status" = 'attended' THEN coalesce(r."attended_at", r."updated_at") END
  FROM "registrations" r LEFT JOIN "users" u ON u."id" = r."user_id"
 WHERE NOT EXISTS (SELECT 1 FROM "attendees" a WHERE a."registration_id" = r."id")
UNION ALL
SELECT r."id", r."meeting_id", NULL, false, g, '', NULL,
       CASE WHEN r."status" = 'attended' THEN coalesce(r."attended_at", r."updated_at") END
  FROM "registrations" r CROSS JOIN LATERAL generate_series(1, r."colleagues") g
 WHERE NOT EXISTS (SELECT 1 FROM "attendees" a WHERE a."registration_id" = r."id");
