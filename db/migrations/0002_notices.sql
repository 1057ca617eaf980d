ALTER TABLE "meetings" ADD COLUMN "calendar_sequence" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- custom: the .ics files so far carried the meeting's version as SEQUENCE; start from it so no calendar sees the number go down
UPDATE "meetings" SET "calendar_sequence" = "version";
