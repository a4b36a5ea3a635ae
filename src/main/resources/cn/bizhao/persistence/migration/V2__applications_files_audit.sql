-- Bizhao Desk schema version 2: applications with their materials and photo, stored files,
-- acceptance numbering and the hash-chained audit trail.
-- Stored files are BLOBs inside the encrypted database, so scans share its encryption and backups.
-- (On PostgreSQL the BLOB column becomes BYTEA; everything else is standard SQL.)

CREATE TABLE stored_file (
    sha256     CHAR(64)    NOT NULL PRIMARY KEY,
    media_type VARCHAR(40) NOT NULL,
    byte_size  BIGINT      NOT NULL,
    content    BLOB(512M)  NOT NULL
);

CREATE TABLE application (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    acceptance_no        VARCHAR(40),
    status               VARCHAR(30)  NOT NULL,
    category             VARCHAR(20)  NOT NULL,
    name                 VARCHAR(100),
    gender               VARCHAR(10),
    nationality          VARCHAR(60),
    education            VARCHAR(60),
    school_and_major     VARCHAR(200),
    id_type              VARCHAR(40),
    id_number            VARCHAR(40),
    employer             VARCHAR(200),
    employer_credit_code VARCHAR(18),
    address              VARCHAR(300),
    phone                VARCHAR(40),
    current_occupation   VARCHAR(100),
    years_in_occupation  INT,
    foreign_national     BOOLEAN      NOT NULL,
    cert_name            VARCHAR(200),
    cert_project         VARCHAR(100),
    cert_level           VARCHAR(40),
    cert_issuer          VARCHAR(200),
    cert_number          VARCHAR(100),
    catalog_version      VARCHAR(20),
    catalog_entry_number INT,
    photo_sha256         CHAR(64),
    pledge_confirmed     BOOLEAN      NOT NULL,
    clerk                VARCHAR(64)  NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    updated_at           TIMESTAMP    NOT NULL,
    accepted_at          TIMESTAMP,
    CONSTRAINT uq_application_acceptance_no UNIQUE (acceptance_no),
    CONSTRAINT fk_application_catalog FOREIGN KEY (catalog_version, catalog_entry_number)
        REFERENCES catalog_entry (version, entry_number),
    CONSTRAINT fk_application_photo FOREIGN KEY (photo_sha256) REFERENCES stored_file (sha256)
);

CREATE INDEX ix_application_status ON application (status);
CREATE INDEX ix_application_identity ON application (id_type, id_number);

CREATE TABLE material_page (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT      NOT NULL,
    kind           VARCHAR(30) NOT NULL,
    sequence_no    INT         NOT NULL,
    sha256         CHAR(64)    NOT NULL,
    media_type     VARCHAR(40) NOT NULL,
    byte_size      BIGINT      NOT NULL,
    rotation       INT         NOT NULL,
    CONSTRAINT fk_material_page_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_material_page_file FOREIGN KEY (sha256) REFERENCES stored_file (sha256)
);

CREATE INDEX ix_material_page_application ON material_page (application_id, kind, sequence_no);

-- One row per institution and year: the last acceptance number given. Incremented in the same
-- transaction as the acceptance, so numbers have no gaps and are never reused.
CREATE TABLE acceptance_counter (
    institution_code VARCHAR(12) NOT NULL,
    counter_year     INT         NOT NULL,
    last_number      INT         NOT NULL,
    CONSTRAINT pk_acceptance_counter PRIMARY KEY (institution_code, counter_year)
);

-- Append-only: each record holds the hash of the one before, so an edited or deleted record
-- breaks the chain where it happened.
CREATE TABLE audit_record (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recorded_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    station        VARCHAR(100)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    application_id BIGINT,
    detail         VARCHAR(4000) NOT NULL,
    previous_hash  CHAR(64)      NOT NULL,
    record_hash    CHAR(64)      NOT NULL
);

CREATE INDEX ix_audit_record_application ON audit_record (application_id);
