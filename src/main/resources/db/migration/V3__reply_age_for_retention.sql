-- Saved replies get an age, so that RETENTION_DAYS can delete old ones as it does answers and not-found pastes.
-- Replies saved before this version have none; the first sweep dates them to that moment, so they keep their full
-- retention period instead of being deleted at once.
ALTER TABLE replies ADD COLUMN created_at BIGINT;

CREATE INDEX replies_by_time ON replies (created_at);
