-- Bizhao Desk schema version 4: packages taken in, and applications that came in one.

-- Every package imported, by the SHA-256 of its tag manifest (which the signature covers), so
-- the same package imported twice is found here and changes nothing.
CREATE TABLE imported_package (
    package_id         CHAR(64)     NOT NULL PRIMARY KEY,
    package_type       VARCHAR(20)  NOT NULL,
    acceptance_no      VARCHAR(40)  NOT NULL,
    application_id     BIGINT       NOT NULL,
    source_org         VARCHAR(200) NOT NULL,
    signer_fingerprint CHAR(64)     NOT NULL,
    signed_at          TIMESTAMP,
    imported_by        VARCHAR(64)  NOT NULL,
    imported_at        TIMESTAMP    NOT NULL,
    CONSTRAINT fk_imported_package_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE INDEX ix_imported_package_application ON imported_package (application_id);

-- An application that arrived in a review package: read-only here, its materials are the
-- sending station's; origin_record_id is its record number there, which the review result
-- carries back so that the counter finds the original application.
CREATE TABLE imported_application (
    application_id   BIGINT       NOT NULL PRIMARY KEY,
    origin_record_id BIGINT       NOT NULL,
    source_org       VARCHAR(200) NOT NULL,
    package_id       CHAR(64)     NOT NULL,
    CONSTRAINT fk_imported_application_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_imported_application_package FOREIGN KEY (package_id) REFERENCES imported_package (package_id)
);
