-- The durable reply queue: a question is written here with its delivery's claims, in one transaction, before the
-- delivery is acked, and deleted once its reply is done. owner and lease_until say which process may answer it.
-- question holds the question with known secrets masked; a row lives seconds unless the bot stops.
CREATE TABLE reply_queue (
    item_key TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    question TEXT NOT NULL,
    queued_at BIGINT NOT NULL,
    owner TEXT NOT NULL,
    lease_until BIGINT NOT NULL
);
CREATE INDEX reply_queue_by_lease ON reply_queue (lease_until);
