-- Bizhao Desk schema version 5: the institution's review (verdicts on materials, verification of
-- the overseas certificate, route, skill modules and their assessments, opinion), the reviewer's
-- conclusions and the supervisor's decisions on them, the regional department's decision with
-- the scan of its reply, and the issued certificates.

CREATE TABLE review (
    application_id BIGINT        NOT NULL PRIMARY KEY,
    route          VARCHAR(30),
    opinion        VARCHAR(2000) NOT NULL,
    reviewer       VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE material_review (
    application_id BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    verdict        VARCHAR(20)   NOT NULL,
    note           VARCHAR(1000) NOT NULL,
    reviewer       VARCHAR(64)   NOT NULL,
    reviewed_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_material_review PRIMARY KEY (application_id, kind),
    CONSTRAINT fk_material_review_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE certificate_verification (
    application_id BIGINT        NOT NULL PRIMARY KEY,
    method         VARCHAR(30)   NOT NULL,
    checked_on     DATE          NOT NULL,
    result         VARCHAR(30)   NOT NULL,
    note           VARCHAR(1000) NOT NULL,
    reviewer       VARCHAR(64)   NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_verification_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE verification_evidence (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT      NOT NULL,
    sequence_no    INT         NOT NULL,
    sha256         CHAR(64)    NOT NULL,
    media_type     VARCHAR(40) NOT NULL,
    byte_size      BIGINT      NOT NULL,
    CONSTRAINT fk_evidence_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_evidence_file FOREIGN KEY (sha256) REFERENCES stored_file (sha256)
);

CREATE TABLE skill_module (
    application_id BIGINT       NOT NULL,
    module_no      INT          NOT NULL,
    name           VARCHAR(200) NOT NULL,
    CONSTRAINT pk_skill_module PRIMARY KEY (application_id, module_no),
    CONSTRAINT fk_skill_module_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE module_assessment (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    module_no      INT          NOT NULL,
    assessed_on    DATE         NOT NULL,
    passed         BOOLEAN      NOT NULL,
    score          DECIMAL(6,2),
    assessor       VARCHAR(100) NOT NULL,
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    TIMESTAMP    NOT NULL,
    CONSTRAINT fk_assessment_module FOREIGN KEY (application_id, module_no)
        REFERENCES skill_module (application_id, module_no)
);

-- Every conclusion is kept: one sent back stays beside the one that follows it.
CREATE TABLE review_conclusion (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    detail          VARCHAR(2000) NOT NULL,
    reviewer        VARCHAR(64)   NOT NULL,
    submitted_at    TIMESTAMP     NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    supervisor      VARCHAR(64),
    supervisor_note VARCHAR(1000),
    decided_at      TIMESTAMP,
    CONSTRAINT fk_conclusion_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE INDEX ix_review_conclusion_state ON review_conclusion (state, application_id);

CREATE TABLE department_decision (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    decided_on       DATE          NOT NULL,
    document_no      VARCHAR(100)  NOT NULL,
    note             VARCHAR(1000) NOT NULL,
    reply_sha256     CHAR(64),
    reply_media_type VARCHAR(40),
    reply_byte_size  BIGINT,
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    CONSTRAINT fk_department_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_department_reply FOREIGN KEY (reply_sha256) REFERENCES stored_file (sha256)
);

CREATE TABLE issued_certificate (
    application_id         BIGINT       NOT NULL PRIMARY KEY,
    certificate_no         CHAR(22)     NOT NULL,
    issued_on              DATE         NOT NULL,
    holder_name            VARCHAR(100) NOT NULL,
    id_type                VARCHAR(40)  NOT NULL,
    id_number              VARCHAR(40)  NOT NULL,
    occupation             VARCHAR(100) NOT NULL,
    skill_level            VARCHAR(20)  NOT NULL,
    evaluation_institution VARCHAR(200) NOT NULL,
    acceptance_no          VARCHAR(40)  NOT NULL,
    overseas_region        VARCHAR(60)  NOT NULL,
    recorded_by            VARCHAR(64)  NOT NULL,
    recorded_at            TIMESTAMP    NOT NULL,
    CONSTRAINT uq_issued_certificate_no UNIQUE (certificate_no),
    CONSTRAINT fk_certificate_application FOREIGN KEY (application_id) REFERENCES application (id)
);
