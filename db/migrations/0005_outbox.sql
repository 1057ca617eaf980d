ALTER TABLE "email_outbox" ADD COLUMN "priority" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "sensitive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "email_outbox_priority_idx" ON "email_outbox" USING btree ("status","priority","created_at");
--> statement-breakpoint
-- custom: sign-in links already waiting go before everything else
UPDATE "email_outbox" SET "priority" = 0, "sensitive" = true WHERE "kind" = 'sign-in';
--> statement-breakpoint
-- custom: follow-up dispatches already waiting are bulk sends
UPDATE "email_outbox" SET "priority" = 2 WHERE "followup_id" IS NOT NULL;
