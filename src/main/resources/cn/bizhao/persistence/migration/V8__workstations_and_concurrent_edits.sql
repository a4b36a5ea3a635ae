-- Bizhao Desk schema version 8: several stations on one set of data.
-- Standard SQL only: the same script runs on the embedded Derby and on PostgreSQL.

-- Every station (data home) that has opened this database, by the identity kept in its data home
-- (workstation.properties); a disabled station cannot sign anyone in.
CREATE TABLE workstation (
    station_id      CHAR(36)     NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    first_seen      TIMESTAMP    NOT NULL,
    last_seen       TIMESTAMP    NOT NULL,
    program_version VARCHAR(40)  NOT NULL,
    disabled        BOOLEAN      NOT NULL,
    disabled_by     VARCHAR(64),
    disabled_at     TIMESTAMP,
    CONSTRAINT uq_workstation_name UNIQUE (name)
);

-- Optimistic locking: every change to an application or its review file raises its version and
-- names who made it; a save made against an older version is refused.
ALTER TABLE application ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE application ADD COLUMN updated_by VARCHAR(64);

-- 领取: the reviewer who took the file from the worklist, and when; null while nobody holds it.
ALTER TABLE application ADD COLUMN taken_by VARCHAR(64);
ALTER TABLE application ADD COLUMN taken_at TIMESTAMP;

-- One row counting every committed change, so that screens on other stations find out cheaply
-- that they should read again.
CREATE TABLE change_counter (
    id           INTEGER NOT NULL PRIMARY KEY,
    change_count BIGINT  NOT NULL
);

INSERT INTO change_counter (id, change_count) VALUES (1, 0);
