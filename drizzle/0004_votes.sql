-- One vote per client per ticket and target ("report" now; e.g. "solution:1" later), changeable.
-- The primary key is the rule; deleting a ticket deletes its votes.
CREATE TABLE `votes` (
	`ticket_id` text NOT NULL,
	`target` text NOT NULL,
	`voter` text NOT NULL,
	`value` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`ticket_id`, `target`, `voter`),
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade
);
