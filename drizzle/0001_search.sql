-- Full-text index over each ticket's error text, title and context, keyed by the tickets rowid.
-- Contentless: the text lives in tickets; lib/search/search-text.ts prepares what is indexed
-- (CJK characters as single tokens), so rows are written by lib/db/tickets.ts, not triggers.
CREATE VIRTUAL TABLE `tickets_fts` USING fts5(
	body,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
