-- custom: every kind this code base has ever written is in email_kind; refuse, naming them, rather than guess what another kind was
DO $$
DECLARE unknown text;
BEGIN
  SELECT string_agg(DISTINCT "kind", ', ') INTO unknown FROM "email_outbox"
  WHERE "kind" NOT IN ('sign-in', 'invitation', 'registration-confirmed', 'registration-waitlisted', 'registration-promoted', 'registration-cancelled', 'meeting-changed', 'meeting-cancelled', 'theme-accepted', 'theme-rejected', 'theme-merged', 'theme-wording', 'theme-scheduled', 'theme-rescheduled', 'theme-unscheduled', 'theme-meeting-moved', 'briefing-notice', 'participant-followup', 'participant-followup-test', 'membership.requestToMembers', 'membership.requestToSecretariat', 'membership.requestReceived', 'membership.approved', 'membership.declined', 'membership.memberJoined', 'membership.left', 'membership.memberLeft', 'membership.removed', 'membership.memberRemoved', 'membership.verified', 'membership.domainSet');
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'email_outbox holds kinds that email_kind does not list: %. Add them to emailKinds (db/schema/mail.ts) or change those rows, then migrate again.', unknown;
  END IF;
END $$;
--> statement-breakpoint
-- custom: one settings row: keep id 1 when there is one, otherwise the most recently updated row, and make it id 1
DELETE FROM "forum_settings" WHERE "id" <> 1 AND EXISTS (SELECT 1 FROM "forum_settings" WHERE "id" = 1);
--> statement-breakpoint
DELETE FROM "forum_settings" WHERE "id" <> (SELECT "id" FROM "forum_settings" ORDER BY "updated_at" DESC, "id" LIMIT 1);
--> statement-breakpoint
UPDATE "forum_settings" SET "id" = 1 WHERE "id" <> 1;
--> statement-breakpoint
-- custom: an agenda item of no time (or less) lasts the form's shortest, one minute
UPDATE "agenda_items" SET "duration_minutes" = 1 WHERE "duration_minutes" < 1;
--> statement-breakpoint
-- custom: a negative capacity seated nobody; 0 says the same
UPDATE "meetings" SET "capacity" = 0 WHERE "capacity" < 0;
--> statement-breakpoint
-- custom: a meeting that ends before it starts ends when its agenda does, or an hour after it starts when it has none
UPDATE "meetings" SET "ends_at" = "starts_at" + make_interval(mins => coalesce((SELECT sum("duration_minutes")::int FROM "agenda_items" WHERE "agenda_items"."meeting_id" = "meetings"."id"), 60)) WHERE "ends_at" <= "starts_at";
--> statement-breakpoint
-- custom: colleagues within the form's limits (0 to MAX_COLLEAGUES)
UPDATE "registrations" SET "colleagues" = least(greatest("colleagues", 0), 10) WHERE "colleagues" NOT BETWEEN 0 AND 10;
--> statement-breakpoint
CREATE TYPE "public"."email_kind" AS ENUM('sign-in', 'invitation', 'registration-confirmed', 'registration-waitlisted', 'registration-promoted', 'registration-cancelled', 'meeting-changed', 'meeting-cancelled', 'theme-accepted', 'theme-rejected', 'theme-merged', 'theme-wording', 'theme-scheduled', 'theme-rescheduled', 'theme-unscheduled', 'theme-meeting-moved', 'briefing-notice', 'participant-followup', 'participant-followup-test', 'membership.requestToMembers', 'membership.requestToSecretariat', 'membership.requestReceived', 'membership.approved', 'membership.declined', 'membership.memberJoined', 'membership.left', 'membership.memberLeft', 'membership.removed', 'membership.memberRemoved', 'membership.verified', 'membership.domainSet');--> statement-breakpoint
ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."email_kind" USING "kind"::"public"."email_kind";--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_key_created_idx" ON "sign_in_attempts" USING btree ("key","created_at");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "registrations_user_idx" ON "registrations" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "forum_settings" ADD CONSTRAINT "forum_settings_single_row_check" CHECK ("forum_settings"."id" = 1);--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_duration_check" CHECK ("agenda_items"."duration_minutes" > 0);--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_capacity_check" CHECK ("meetings"."capacity" >= 0);--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_ends_after_start_check" CHECK ("meetings"."ends_at" > "meetings"."starts_at");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_colleagues_check" CHECK ("registrations"."colleagues" between 0 and 10);