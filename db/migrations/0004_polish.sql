ALTER TABLE "themes" ADD COLUMN "public_title" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "public_description" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "wording_edited_by_id" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "wording_edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_wording_edited_by_id_users_id_fk" FOREIGN KEY ("wording_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;