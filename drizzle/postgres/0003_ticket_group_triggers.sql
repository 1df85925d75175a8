-- PostgreSQL's mirror of SQLite's drizzle/0005_ticket_groups.sql (read its header): the
-- triggers that keep ticket_groups and ticket_group_days (tables and indexes: 0002, from
-- lib/db/pg/schema.ts) in step with tickets, and the backfill. Standard plpgsql only.
--   * An insert of a listed ticket adds to its group (INSERT … ON CONFLICT DO UPDATE, atomic per
--     row, so concurrent inserts of one error never lose a count) and to its day.
--   * A delete, or an update that really changes a listed ticket's visibility, fingerprint or
--     created_at, recounts the groups involved from tickets (tickets_group_idx) and moves the
--     day counts by one. Under READ COMMITTED each statement of a trigger function sees what
--     was committed when it started, so a recount that waited on another writer's row lock
--     counts that writer's ticket.
--   * Writers of one error take turns: every trigger first takes a transaction-level advisory
--     lock on the fingerprint (ticket_group_lock), so a recount runs after the other writers of
--     that group have committed, and its next statement's snapshot sees their tickets. Without
--     it two concurrent deletes both recounted from snapshots missing the other's delete (and
--     the second recount's INSERT hit the first one's row), and a recount could overwrite a
--     concurrent insert's +1. SQLite has one writer at a time and needs none of this.
--   * day = floor(epoch seconds / 86400): the UTC day, SQLite's created_at / 86400000.
-- One trigger function per event handles both tables (one trigger call per row, not two).
-- The triggers are created before the backfill in the same transaction: CREATE TRIGGER locks
-- tickets against writes until commit, so no ticket is written between the two.
-- The two-int4-key form of the advisory locks: a key space apart from the migrations' bigint
-- lock. 0x65726467 ("erdg") names the use; hashtext(fp) the group (a collision only makes two
-- groups take turns).
CREATE FUNCTION ticket_group_lock(fp text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_advisory_xact_lock(1701995623, hashtext(fp));
END;
$$;
--> statement-breakpoint
CREATE FUNCTION ticket_groups_recount(fp text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM ticket_groups WHERE fingerprint = fp;
	INSERT INTO ticket_groups (fingerprint, listed_count, first_at, last_at, latest_id)
		SELECT g.fingerprint, g.n, g.first_at, g.last_at,
			(SELECT max(l.id) FROM tickets l WHERE l.fingerprint = g.fingerprint AND l.visibility = 'listed' AND l.created_at = g.last_at)
		FROM (SELECT fingerprint, count(*)::int AS n, min(created_at) AS first_at, max(created_at) AS last_at
			FROM tickets WHERE fingerprint = fp AND visibility = 'listed' GROUP BY fingerprint) g;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION ticket_group_days_add(fp text, at timestamptz, delta integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	d integer := floor(extract(epoch FROM at) / 86400)::integer;
BEGIN
	IF delta > 0 THEN
		INSERT INTO ticket_group_days (fingerprint, day, listed_count) VALUES (fp, d, delta)
		ON CONFLICT (fingerprint, day) DO UPDATE SET listed_count = ticket_group_days.listed_count + excluded.listed_count;
	ELSE
		UPDATE ticket_group_days SET listed_count = listed_count + delta WHERE fingerprint = fp AND day = d;
		DELETE FROM ticket_group_days WHERE fingerprint = fp AND day = d AND listed_count <= 0;
	END IF;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION tickets_groups_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM ticket_group_lock(NEW.fingerprint);
	INSERT INTO ticket_groups (fingerprint, listed_count, first_at, last_at, latest_id)
		VALUES (NEW.fingerprint, 1, NEW.created_at, NEW.created_at, NEW.id)
	ON CONFLICT (fingerprint) DO UPDATE SET
		listed_count = ticket_groups.listed_count + 1,
		first_at = LEAST(ticket_groups.first_at, excluded.first_at),
		last_at = GREATEST(ticket_groups.last_at, excluded.last_at),
		latest_id = CASE
			WHEN excluded.last_at > ticket_groups.last_at
				OR (excluded.last_at = ticket_groups.last_at AND excluded.latest_id > ticket_groups.latest_id)
			THEN excluded.latest_id ELSE ticket_groups.latest_id END;
	PERFORM ticket_group_days_add(NEW.fingerprint, NEW.created_at, 1);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION tickets_groups_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM ticket_group_lock(OLD.fingerprint);
	PERFORM ticket_groups_recount(OLD.fingerprint);
	PERFORM ticket_group_days_add(OLD.fingerprint, OLD.created_at, -1);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION tickets_groups_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- Both groups, in one order for every writer (no lock cycle between two such updates).
	PERFORM ticket_group_lock(LEAST(OLD.fingerprint, NEW.fingerprint));
	PERFORM ticket_group_lock(GREATEST(OLD.fingerprint, NEW.fingerprint));
	PERFORM ticket_groups_recount(OLD.fingerprint);
	IF NEW.fingerprint IS DISTINCT FROM OLD.fingerprint THEN
		PERFORM ticket_groups_recount(NEW.fingerprint);
	END IF;
	IF OLD.visibility = 'listed' THEN
		PERFORM ticket_group_days_add(OLD.fingerprint, OLD.created_at, -1);
	END IF;
	IF NEW.visibility = 'listed' THEN
		PERFORM ticket_group_days_add(NEW.fingerprint, NEW.created_at, 1);
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER tickets_groups_insert AFTER INSERT ON tickets
	FOR EACH ROW WHEN (NEW.visibility = 'listed') EXECUTE FUNCTION tickets_groups_insert();
--> statement-breakpoint
CREATE TRIGGER tickets_groups_delete AFTER DELETE ON tickets
	FOR EACH ROW WHEN (OLD.visibility = 'listed') EXECUTE FUNCTION tickets_groups_delete();
--> statement-breakpoint
-- Only when a listed ticket's grouping facts really change: an UPDATE that names these columns
-- without changing their values does nothing.
CREATE TRIGGER tickets_groups_update AFTER UPDATE OF visibility, fingerprint, created_at ON tickets
	FOR EACH ROW WHEN ((OLD.visibility = 'listed' OR NEW.visibility = 'listed')
		AND (OLD.visibility, OLD.fingerprint, OLD.created_at) IS DISTINCT FROM (NEW.visibility, NEW.fingerprint, NEW.created_at))
	EXECUTE FUNCTION tickets_groups_update();
--> statement-breakpoint
INSERT INTO ticket_groups (fingerprint, listed_count, first_at, last_at, latest_id)
	SELECT g.fingerprint, g.n, g.first_at, g.last_at,
		(SELECT max(l.id) FROM tickets l WHERE l.fingerprint = g.fingerprint AND l.visibility = 'listed' AND l.created_at = g.last_at)
	FROM (SELECT fingerprint, count(*)::int AS n, min(created_at) AS first_at, max(created_at) AS last_at
		FROM tickets WHERE visibility = 'listed' GROUP BY fingerprint) g;
--> statement-breakpoint
INSERT INTO ticket_group_days (fingerprint, day, listed_count)
	SELECT fingerprint, floor(extract(epoch FROM created_at) / 86400)::integer, count(*)::int
	FROM tickets WHERE visibility = 'listed' GROUP BY 1, 2;
