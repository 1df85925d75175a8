DROP INDEX `tickets_fingerprint_idx`;--> statement-breakpoint
CREATE INDEX `tickets_group_idx` ON `tickets` (`fingerprint`,`visibility`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_listed_provider_idx` ON `tickets` (`visibility`,`provider`);