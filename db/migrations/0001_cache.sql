CREATE TABLE "cache_tag_invalidations" (
	"tag" text PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"invalidated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "cache_tag_invalidations_invalidated_at_idx" ON "cache_tag_invalidations" USING btree ("invalidated_at");