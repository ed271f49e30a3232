-- SchoolDX schema 1: the school, its staff in charge of IT, school years, per-year texts and settings.
-- One school per database file: a database is one school's record.

CREATE TABLE school (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    name             TEXT NOT NULL,
    code             TEXT NOT NULL DEFAULT '',
    level            TEXT NOT NULL DEFAULT 'tieu-hoc'
                     CHECK (level IN ('tieu-hoc', 'thcs', 'thpt', 'lien-cap', 'gdtx')),
    authority        TEXT NOT NULL DEFAULT '',
    place_name       TEXT NOT NULL DEFAULT '',
    doc_sign         TEXT NOT NULL DEFAULT '',
    principal_name   TEXT NOT NULL DEFAULT '',
    principal_title  TEXT NOT NULL DEFAULT 'Hiệu trưởng',
    address          TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    website          TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE it_staff (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    title     TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE school_year (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE
                 CHECK (name GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
    start_year   INTEGER NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    index_id     TEXT NOT NULL DEFAULT '4725/QĐ-BGDĐT',
    index_version INTEGER NOT NULL DEFAULT 1,
    copied_from  INTEGER REFERENCES school_year(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Free texts of a year (narratives of the documents, notes), keyed by a stable name.
CREATE TABLE year_text (
    year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (year_id, key)
);

CREATE TABLE app_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
