-- Bizhao Desk schema version 6: the review file as the reviewer has typed it so far (issue 10). The
-- reviewer's form is kept as a draft after every pause in typing, so nothing typed is lost when the
-- window closes; the recorded review (V5) changes only when the reviewer submits the conclusion.

CREATE TABLE review_draft (
    application_id      BIGINT        NOT NULL PRIMARY KEY,
    verification_method VARCHAR(30),
    checked_on          DATE,
    verification_result VARCHAR(30),
    verification_note   VARCHAR(1000) NOT NULL,
    route               VARCHAR(30),
    module_names        VARCHAR(4200) NOT NULL,
    opinion             VARCHAR(2000) NOT NULL,
    outcome             VARCHAR(20),
    detail              VARCHAR(2000) NOT NULL,
    saved_by            VARCHAR(64)   NOT NULL,
    saved_at            TIMESTAMP     NOT NULL,
    CONSTRAINT fk_review_draft_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE review_draft_verdict (
    application_id BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    verdict        VARCHAR(20),
    note           VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_review_draft_verdict PRIMARY KEY (application_id, kind),
    CONSTRAINT fk_review_draft_verdict_draft FOREIGN KEY (application_id) REFERENCES review_draft (application_id)
);
