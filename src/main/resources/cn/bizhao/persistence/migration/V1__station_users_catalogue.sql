-- Bizhao Desk schema version 1: station settings, users and roles, catalogue versions.
-- Portable SQL (standard identity columns, no vendor types): the plan is to move to PostgreSQL.

CREATE TABLE station_setting (
    name          VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);

CREATE TABLE station_user (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login                VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_logins        INT          NOT NULL,
    locked_until         TIMESTAMP,
    created_at           TIMESTAMP    NOT NULL,
    CONSTRAINT uq_station_user_login UNIQUE (login)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES station_user (id)
);

CREATE TABLE catalog_version (
    version      VARCHAR(20) NOT NULL PRIMARY KEY,
    published_on DATE        NOT NULL,
    loaded_at    TIMESTAMP   NOT NULL
);

CREATE TABLE catalog_entry (
    version          VARCHAR(20)  NOT NULL,
    entry_number     INT          NOT NULL,
    region           VARCHAR(50)  NOT NULL,
    overseas_project VARCHAR(100) NOT NULL,
    overseas_level   VARCHAR(20)  NOT NULL,
    occupation       VARCHAR(100) NOT NULL,
    skill_level      VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_catalog_entry PRIMARY KEY (version, entry_number),
    CONSTRAINT fk_catalog_entry_version FOREIGN KEY (version) REFERENCES catalog_version (version),
    CONSTRAINT uq_catalog_entry_certificate UNIQUE (version, region, overseas_project, overseas_level)
);
