-- Bizhao Desk schema version 9: the regional department's decisions travelling as signed packages
-- (issue 13). At a department station: the versions of each institution's submission and the
-- department's own decisions, decided by one person and signed off by a second. At an institution:
-- how the department's decision was recorded (from its signed package or from paper). At both:
-- certificates revoked, and the versions of the submission sent or received.

-- Each version of a submission: at the institution the one it exported, at the department the one
-- it imported. A version after the first replaces the one before (after 人社部门退回).
CREATE TABLE submission_version (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    version_no     INTEGER      NOT NULL,
    package_id     CHAR(64),
    source_org     VARCHAR(200) NOT NULL,
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    TIMESTAMP    NOT NULL,
    CONSTRAINT uq_submission_version UNIQUE (application_id, version_no),
    CONSTRAINT fk_submission_version_application FOREIGN KEY (application_id) REFERENCES application (id)
);

-- The department's decision on one version of a submission. state: PENDING until a second person
-- signs it off (SIGNED_OFF), or DISCARDED when the one who decided takes it back before that.
CREATE TABLE department_ruling (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id     BIGINT        NOT NULL,
    version_no         INTEGER       NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    opinion            VARCHAR(1000) NOT NULL,
    corrections        VARCHAR(1000) NOT NULL,
    certificate_no     VARCHAR(40),
    issued_on          DATE,
    evaluation_body    VARCHAR(200),
    state              VARCHAR(20)   NOT NULL,
    decided_by         VARCHAR(64)   NOT NULL,
    decided_at         TIMESTAMP     NOT NULL,
    signed_off_by      VARCHAR(64),
    signed_off_at      TIMESTAMP,
    CONSTRAINT fk_department_ruling_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE INDEX ix_department_ruling_state ON department_ruling (state, application_id);

-- At the institution: the decision came in the department's signed package (its id), or from paper (NULL).
ALTER TABLE department_decision ADD COLUMN package_id CHAR(64);
ALTER TABLE department_decision ADD COLUMN department_name VARCHAR(200);
ALTER TABLE department_decision ADD COLUMN corrections VARCHAR(1000);

-- 撤销: the certificate stays in the register, marked revoked, with the reason and the document.
CREATE TABLE certificate_revocation (
    application_id BIGINT        NOT NULL PRIMARY KEY,
    certificate_no VARCHAR(40)   NOT NULL,
    revoked_on     DATE          NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    document_no    VARCHAR(100)  NOT NULL,
    package_id     CHAR(64),
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_revocation_certificate FOREIGN KEY (application_id) REFERENCES issued_certificate (application_id)
);
