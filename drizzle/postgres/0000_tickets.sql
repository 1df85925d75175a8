CREATE TABLE "ticket_search" (
	"ticket_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"body" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"status" text NOT NULL,
	"visibility" text NOT NULL,
	"input" text NOT NULL,
	"context" text,
	"language" text NOT NULL,
	"wants_llm" boolean NOT NULL,
	"category" text COLLATE "C" NOT NULL,
	"provider" text COLLATE "C",
	"http_status" integer,
	"fingerprint" text COLLATE "C" NOT NULL,
	"classification" jsonb NOT NULL,
	"report" jsonb NOT NULL,
	"rule_report" jsonb NOT NULL,
	"report_source" text NOT NULL,
	"title" text NOT NULL,
	"error" jsonb,
	"redactions" jsonb NOT NULL,
	"owner_token_hash" text NOT NULL,
	"llm_attempts" integer DEFAULT 0 NOT NULL,
	"feedback_up" integer DEFAULT 0 NOT NULL,
	"feedback_down" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"ticket_id" text COLLATE "C" NOT NULL,
	"target" text NOT NULL,
	"voter" text NOT NULL,
	"value" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "votes_ticket_id_target_voter_pk" PRIMARY KEY("ticket_id","target","voter")
);
--> statement-breakpoint
ALTER TABLE "ticket_search" ADD CONSTRAINT "ticket_search_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_search_body_idx" ON "ticket_search" USING gin ("body");--> statement-breakpoint
CREATE INDEX "tickets_listed_idx" ON "tickets" USING btree ("visibility","created_at","id");--> statement-breakpoint
CREATE INDEX "tickets_group_idx" ON "tickets" USING btree ("fingerprint","visibility","created_at");--> statement-breakpoint
CREATE INDEX "tickets_status_idx" ON "tickets" USING btree ("status");--> statement-breakpoint
CREATE INDEX "tickets_category_idx" ON "tickets" USING btree ("category","created_at");--> statement-breakpoint
CREATE INDEX "tickets_provider_idx" ON "tickets" USING btree ("provider","created_at");--> statement-breakpoint
CREATE INDEX "tickets_listed_provider_idx" ON "tickets" USING btree ("visibility","provider");