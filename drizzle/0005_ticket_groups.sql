-- One summary row per error group (fingerprint) of LISTED tickets: how many, first and last
-- seen, and the newest ticket (ties on created_at go to the larger id, max(id)). The grouped history's
-- unfiltered pages read this table by (last_at, fingerprint) instead of grouping every ticket
-- (700 ms p99 at 100k tickets). A fingerprint with no listed ticket has no row. Triggers keep it
-- in step with tickets: an insert adds to its group; a delete, or an update that changes a
-- ticket's visibility, fingerprint or created_at, recomputes the groups involved from tickets
-- through tickets_group_idx (fingerprint, visibility, created_at).
--
-- Portability (the PostgreSQL mirror): only standard SQL plus
--   * AFTER … FOR EACH ROW triggers with OLD/NEW and a WHEN condition (on PostgreSQL each body
--     becomes a plpgsql trigger function; the statements carry over unchanged),
--   * INSERT … ON CONFLICT (fingerprint) DO UPDATE … excluded.* (SQLite ≥ 3.24, PostgreSQL ≥ 9.5),
--   * CASE instead of SQLite's two-argument min()/max() (GREATEST/LEAST elsewhere),
--   * correlated scalar subqueries and subqueries in FROM; INDEXED BY in the backfill only.
-- Epoch milliseconds as integers, like tickets.created_at. The list query compares the row value
-- (last_at, fingerprint) < (?, ?), which both engines answer from ticket_groups_last_idx.
CREATE TABLE `ticket_groups` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`listed_count` integer NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`latest_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ticket_groups_last_idx` ON `ticket_groups` (`last_at`, `fingerprint`);
--> statement-breakpoint
-- Backfill. INDEXED BY (SQLite only; PostgreSQL plans this itself) keeps the scan on the
-- index: SQLite otherwise picks a visibility index and reads every ticket's row.
INSERT INTO `ticket_groups` (fingerprint, listed_count, first_at, last_at, latest_id)
	SELECT g.fingerprint, g.n, g.first_at, g.last_at,
		(SELECT max(l.id) FROM tickets l WHERE l.fingerprint = g.fingerprint AND l.visibility = 'listed' AND l.created_at = g.last_at)
	FROM (SELECT fingerprint, count(*) AS n, min(created_at) AS first_at, max(created_at) AS last_at
		FROM tickets INDEXED BY tickets_group_idx WHERE visibility = 'listed' GROUP BY fingerprint) g;
--> statement-breakpoint
CREATE TRIGGER `tickets_groups_insert` AFTER INSERT ON `tickets` WHEN new.visibility = 'listed' BEGIN
	INSERT INTO ticket_groups (fingerprint, listed_count, first_at, last_at, latest_id)
		VALUES (new.fingerprint, 1, new.created_at, new.created_at, new.id)
	ON CONFLICT (fingerprint) DO UPDATE SET
		listed_count = ticket_groups.listed_count + 1,
		first_at = CASE WHEN excluded.first_at < ticket_groups.first_at THEN excluded.first_at ELSE ticket_groups.first_at END,
		last_at = CASE WHEN excluded.last_at > ticket_groups.last_at THEN excluded.last_at ELSE ticket_groups.last_at END,
		latest_id = CASE
			WHEN excluded.last_at > ticket_groups.last_at
				OR (excluded.last_at = ticket_groups.last_at AND excluded.latest_id > ticket_groups.latest_id)
			THEN excluded.latest_id ELSE ticket_groups.latest_id END;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_groups_delete` AFTER DELETE ON `tickets` WHEN old.visibility = 'listed' BEGIN
	DELETE FROM ticket_groups WHERE fingerprint = old.fingerprint;
	INSERT INTO ticket_groups (fingerprint, listed_count, first_at, last_at, latest_id)
		SELECT g.fingerprint, g.n, g.first_at, g.last_at,
			(SELECT max(l.id) FROM tickets l WHERE l.fingerprint = g.fingerprint AND l.visibility = 'listed' AND l.created_at = g.last_at)
		FROM (SELECT fingerprint, count(*) AS n, min(created_at) AS first_at, max(created_at) AS last_at
			FROM tickets WHERE fingerprint = old.fingerprint AND visibility = 'listed' GROUP BY fingerprint) g;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_groups_update` AFTER UPDATE OF visibility, fingerprint, created_at ON `tickets`
	WHEN old.visibility = 'listed' OR new.visibility = 'listed' BEGIN
	DELETE FROM ticket_groups WHERE fingerprint IN (old.fingerprint, new.fingerprint);
	INSERT INTO ticket_groups (fingerprint, listed_count, first_at, last_at, latest_id)
		SELECT g.fingerprint, g.n, g.first_at, g.last_at,
			(SELECT max(l.id) FROM tickets l WHERE l.fingerprint = g.fingerprint AND l.visibility = 'listed' AND l.created_at = g.last_at)
		FROM (SELECT fingerprint, count(*) AS n, min(created_at) AS first_at, max(created_at) AS last_at
			FROM tickets WHERE fingerprint IN (old.fingerprint, new.fingerprint) AND visibility = 'listed' GROUP BY fingerprint) g;
END;
--> statement-breakpoint
-- Listed tickets per group per UTC day (day = created_at / 86400000, integer division in both
-- engines): the history's 30-day sparklines and the group page's chart read at most 30 rows a
-- group instead of counting the group's tickets. Counts only go up and down by one, so every
-- trigger is incremental; a day whose count reaches 0 is deleted.
CREATE TABLE `ticket_group_days` (
	`fingerprint` text NOT NULL,
	`day` integer NOT NULL,
	`listed_count` integer NOT NULL,
	PRIMARY KEY (`fingerprint`, `day`)
);
--> statement-breakpoint
INSERT INTO `ticket_group_days` (fingerprint, day, listed_count)
	SELECT fingerprint, created_at / 86400000, count(*)
	FROM tickets INDEXED BY tickets_group_idx WHERE visibility = 'listed' GROUP BY fingerprint, created_at / 86400000;
--> statement-breakpoint
CREATE TRIGGER `tickets_group_days_insert` AFTER INSERT ON `tickets` WHEN new.visibility = 'listed' BEGIN
	INSERT INTO ticket_group_days (fingerprint, day, listed_count) VALUES (new.fingerprint, new.created_at / 86400000, 1)
	ON CONFLICT (fingerprint, day) DO UPDATE SET listed_count = ticket_group_days.listed_count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_group_days_delete` AFTER DELETE ON `tickets` WHEN old.visibility = 'listed' BEGIN
	UPDATE ticket_group_days SET listed_count = listed_count - 1 WHERE fingerprint = old.fingerprint AND day = old.created_at / 86400000;
	DELETE FROM ticket_group_days WHERE fingerprint = old.fingerprint AND day = old.created_at / 86400000 AND listed_count <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_group_days_update` AFTER UPDATE OF visibility, fingerprint, created_at ON `tickets`
	WHEN old.visibility = 'listed' OR new.visibility = 'listed' BEGIN
	UPDATE ticket_group_days SET listed_count = listed_count - 1
		WHERE old.visibility = 'listed' AND fingerprint = old.fingerprint AND day = old.created_at / 86400000;
	DELETE FROM ticket_group_days WHERE fingerprint = old.fingerprint AND day = old.created_at / 86400000 AND listed_count <= 0;
	INSERT INTO ticket_group_days (fingerprint, day, listed_count)
		SELECT new.fingerprint, new.created_at / 86400000, 1 WHERE new.visibility = 'listed'
	ON CONFLICT (fingerprint, day) DO UPDATE SET listed_count = ticket_group_days.listed_count + 1;
END;
--> statement-breakpoint
-- The group page's "providers seen" and "languages seen": both counted from this index alone.
CREATE INDEX `tickets_group_facets_idx` ON `tickets` (`fingerprint`, `visibility`, `provider`, `language`);
