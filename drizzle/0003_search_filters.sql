-- What a full-text search filters and pages on, one small row per ticket keyed by the tickets
-- rowid (the FTS rowid): ranking thousands of matches then reads this table, not whole tickets
-- rows, which carry kilobytes of report JSON. Triggers keep it in step with tickets.
CREATE TABLE `ticket_search_filters` (
	`rowid` integer PRIMARY KEY,
	`id` text NOT NULL,
	`visibility` text NOT NULL,
	`status` text NOT NULL,
	`category` text NOT NULL,
	`provider` text,
	`fingerprint` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `ticket_search_filters` SELECT rowid, id, visibility, status, category, provider, fingerprint, created_at FROM `tickets`;
--> statement-breakpoint
CREATE TRIGGER `tickets_search_filters_insert` AFTER INSERT ON `tickets` BEGIN
	INSERT INTO `ticket_search_filters` VALUES (new.rowid, new.id, new.visibility, new.status, new.category, new.provider, new.fingerprint, new.created_at);
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_search_filters_update` AFTER UPDATE OF visibility, status, category, provider, fingerprint, created_at ON `tickets` BEGIN
	UPDATE `ticket_search_filters` SET visibility = new.visibility, status = new.status, category = new.category,
		provider = new.provider, fingerprint = new.fingerprint, created_at = new.created_at
	WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_search_filters_delete` AFTER DELETE ON `tickets` BEGIN
	DELETE FROM `ticket_search_filters` WHERE rowid = old.rowid;
END;
