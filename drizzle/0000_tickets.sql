CREATE TABLE `tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`status` text NOT NULL,
	`visibility` text NOT NULL,
	`input` text NOT NULL,
	`context` text,
	`language` text NOT NULL,
	`wants_llm` integer NOT NULL,
	`category` text NOT NULL,
	`provider` text,
	`http_status` integer,
	`fingerprint` text NOT NULL,
	`classification` text NOT NULL,
	`report` text NOT NULL,
	`rule_report` text NOT NULL,
	`report_source` text NOT NULL,
	`title` text NOT NULL,
	`error` text,
	`redactions` text NOT NULL,
	`owner_token_hash` text NOT NULL,
	`llm_attempts` integer DEFAULT 0 NOT NULL,
	`feedback_up` integer DEFAULT 0 NOT NULL,
	`feedback_down` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tickets_listed_idx` ON `tickets` (`visibility`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_fingerprint_idx` ON `tickets` (`fingerprint`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_status_idx` ON `tickets` (`status`);--> statement-breakpoint
CREATE INDEX `tickets_category_idx` ON `tickets` (`category`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_provider_idx` ON `tickets` (`provider`,`created_at`);