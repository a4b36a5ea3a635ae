-- A migration only a newer program has: used to check that such a database is refused.
CREATE TABLE newer_feature (id INT NOT NULL PRIMARY KEY);
