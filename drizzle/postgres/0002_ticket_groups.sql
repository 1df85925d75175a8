CREATE TABLE "ticket_group_days" (
	"fingerprint" text COLLATE "C" NOT NULL,
	"day" integer NOT NULL,
	"listed_count" integer NOT NULL,
	CONSTRAINT "ticket_group_days_fingerprint_day_pk" PRIMARY KEY("fingerprint","day")
);
--> statement-breakpoint
CREATE TABLE "ticket_groups" (
	"fingerprint" text COLLATE "C" PRIMARY KEY NOT NULL,
	"listed_count" integer NOT NULL,
	"first_at" timestamp (3) with time zone NOT NULL,
	"last_at" timestamp (3) with time zone NOT NULL,
	"latest_id" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ticket_groups_last_idx" ON "ticket_groups" USING btree ("last_at","fingerprint");--> statement-breakpoint
CREATE INDEX "tickets_group_facets_idx" ON "tickets" USING btree ("fingerprint","visibility","provider","language");