-- The event store (issue 8). One set of migrations for H2 and PostgreSQL: only types and
-- statements both accept (VARCHAR without a length is unbounded in PostgreSQL and 1,000,000
-- characters in H2; payloads are a few kilobytes).
-- Payload columns hold codebook JSON as text: it is always read whole, never queried inside,
-- so a portable VARCHAR serves better than PostgreSQL's jsonb, which H2 lacks.

-- One row per stored article: its metadata and the hash of the text its events were coded from
-- (the text itself is not kept; event offsets are code-point offsets into it).
CREATE TABLE articles (
    id          VARCHAR PRIMARY KEY,
    text_hash   VARCHAR(64) NOT NULL,
    published   DATE,
    title       VARCHAR,
    url         VARCHAR,
    ingested_at TIMESTAMP NOT NULL
);

-- One row per event of an article; the columns the merger's candidate window filters on are
-- copied out of the payload. "component" names the connected component of the merger's link
-- graph the event is in (its smallest key): merged events are clusters within one component,
-- so an ingest re-clusters exactly the components its events join or leave.
CREATE TABLE reported_events (
    event_key      VARCHAR PRIMARY KEY,       -- "articleId#index"
    article_id     VARCHAR NOT NULL REFERENCES articles (id),
    idx            INTEGER NOT NULL,
    sub_event_type VARCHAR(64) NOT NULL,
    event_type     VARCHAR(64) NOT NULL,
    event_date     DATE,
    date_precision VARCHAR(8),
    country_code   VARCHAR(8),
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    geo_precision  INTEGER,
    component      VARCHAR NOT NULL,
    payload        VARCHAR NOT NULL,
    CONSTRAINT reported_events_article_idx UNIQUE (article_id, idx)
);
-- the candidate window: a country and a date range, or a date range alone
CREATE INDEX reported_events_country_date ON reported_events (country_code, event_date);
CREATE INDEX reported_events_date ON reported_events (event_date);
CREATE INDEX reported_events_component ON reported_events (component);

-- One row per real-world event: a connected component of the merger's link graph.
CREATE TABLE merged_events (
    id             VARCHAR PRIMARY KEY,
    event_date     DATE,
    country_code   VARCHAR(8),
    event_type     VARCHAR(64) NOT NULL,
    sub_event_type VARCHAR(64) NOT NULL,
    fatalities_low INTEGER,
    reports        INTEGER NOT NULL,
    payload        VARCHAR NOT NULL            -- merged event and its sourced claims
);
-- export and stats filters, each ending in the streaming order (date, id)
CREATE INDEX merged_events_date ON merged_events (event_date, id);
CREATE INDEX merged_events_country ON merged_events (country_code, event_date, id);
CREATE INDEX merged_events_type ON merged_events (event_type, event_date, id);

-- Which reported events a merged event is made of; every reported event is in exactly one.
CREATE TABLE merge_members (
    merged_id VARCHAR NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE,
    event_key VARCHAR NOT NULL REFERENCES reported_events (event_key),
    position  INTEGER NOT NULL,               -- 0 = the representative report
    PRIMARY KEY (merged_id, event_key),
    CONSTRAINT merge_members_one_merged UNIQUE (event_key)
);

-- Writers lock this row for the length of their transaction (SELECT ... FOR UPDATE, which both
-- databases honour), so concurrent ingests merge one after the other and see each other's events.
CREATE TABLE store_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO store_lock (id) VALUES (1);
