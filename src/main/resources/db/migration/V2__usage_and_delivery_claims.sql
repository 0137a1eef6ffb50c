-- What the maintainers' report reads (answers given, error-like pastes not found), and the delivery claims that
-- several replicas share so that each Slack delivery is answered once. Times are epoch milliseconds.
CREATE TABLE answers (
    id ${generated_id},
    entry_id TEXT NOT NULL,
    app_id TEXT NOT NULL,
    language TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    answered_at BIGINT NOT NULL
);
CREATE INDEX answers_by_time ON answers (answered_at);

-- paste: redacted, normalised for grouping and bounded in length before it is written (store.PasteDigest).
CREATE TABLE unfound_pastes (
    id ${generated_id},
    paste TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    pasted_at BIGINT NOT NULL
);
CREATE INDEX unfound_pastes_by_time ON unfound_pastes (pasted_at);

CREATE INDEX feedback_by_time ON feedback (voted_at);

CREATE TABLE delivery_claims (
    claim_key TEXT PRIMARY KEY,
    claimed_at BIGINT NOT NULL
);
CREATE INDEX delivery_claims_by_time ON delivery_claims (claimed_at);
