-- The schema the embedded store had before Flyway (PRAGMA user_version 3); an existing SQLite file is baselined
-- at this version. ${generated_id} is the database's own auto-numbered primary key (StoreModule, PostgresStoreModule).
CREATE TABLE muted_channels (
    channel_id TEXT PRIMARY KEY,
    muted_at BIGINT NOT NULL
);

CREATE TABLE feedback (
    entry_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    voted_at BIGINT NOT NULL,
    PRIMARY KEY (entry_id, channel_id, user_id)
);

CREATE TABLE replies (
    id ${generated_id},
    content TEXT NOT NULL
);
