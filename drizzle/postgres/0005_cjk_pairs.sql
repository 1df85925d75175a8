-- CJK text is indexed as overlapping pairs of characters instead of single characters (see
-- lib/db/pg/search-query.ts): 令牌 becomes one lexeme, which a GIN index answers without
-- re-reading each match for a phrase check. cjk_pairs() turns a document indexed the old way
-- into the new one from its positions alone: a CJK character followed at the next position by
-- another becomes the pair, at its own position; the run's last character stays alone. It is
-- what to_tsvector('simple', pgSearchDocument(...)) now gives, except past position 16,381
-- where PostgreSQL stops counting positions (a test compares the two).
CREATE FUNCTION cjk_pairs(doc tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	WITH token AS (
		SELECT u.lexeme, p.pos,
			char_length(u.lexeme) = 1 AND u.lexeme ~ '^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]$' AS cjk
		FROM unnest(doc) AS u, unnest(u.positions) AS p(pos)
	), word AS (
		SELECT CASE WHEN a.cjk AND b.cjk THEN a.lexeme || b.lexeme ELSE a.lexeme END AS lexeme, a.pos
		FROM token a LEFT JOIN token b ON a.pos < 16382 AND b.pos = a.pos + 1
	), grouped AS (
		SELECT lexeme, string_agg(pos::text, ',' ORDER BY pos) AS positions FROM word GROUP BY lexeme
	)
	SELECT coalesce(string_agg(format('''%s'':%s', replace(replace(lexeme, '\', '\\'), '''', ''''''), positions), ' '), '')::tsvector
	FROM grouped
$$;--> statement-breakpoint
UPDATE ticket_search SET body = cjk_pairs(body)
WHERE EXISTS (
	SELECT 1 FROM unnest(tsvector_to_array(body)) AS l(lexeme)
	WHERE char_length(l.lexeme) = 1 AND l.lexeme ~ '^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]$'
);
