-- SchoolDX schema: the exchange with the managing authority.
-- School side: the finalisation (chốt số liệu) of a year and its history, the receiving authority of
-- each year, the managing authority's indicators. Receiving side: the school files received.

-- A year without a row is a draft of revision 1 that was never finalised.
CREATE TABLE year_status (
    year_id       INTEGER PRIMARY KEY REFERENCES school_year(id) ON DELETE CASCADE,
    state         TEXT NOT NULL CHECK (state IN ('draft', 'final')),
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    finalised_at  TEXT,
    finalised_by  TEXT NOT NULL DEFAULT ''
);

-- Every finalisation, reopening and restore from a file: who, when and why.
CREATE TABLE year_revision (
    id        INTEGER PRIMARY KEY,
    year_id   INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    revision  INTEGER NOT NULL CHECK (revision >= 1),
    action    TEXT NOT NULL CHECK (action IN ('finalise', 'reopen', 'restore')),
    actor     TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX year_revision_by_year ON year_revision (year_id, id);

-- Who the year's exchange file is addressed to (UBND xã/phường, Sở GDĐT, Phòng GDĐT for past years).
CREATE TABLE year_recipient (
    year_id  INTEGER PRIMARY KEY REFERENCES school_year(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('ubnd-xa', 'so-gddt', 'phong-gddt', 'khac'))
);

-- The managing authority's indicators of a year (staff in charge of IT, computers with anti-malware…).
CREATE TABLE year_indicator (
    year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (year_id, key)
);

-- Receiving side: the newest file of each school and year, as received (the whole JSON document).
CREATE TABLE received_file (
    id             INTEGER PRIMARY KEY,
    school_code    TEXT NOT NULL,
    school_name    TEXT NOT NULL,
    school_year    TEXT NOT NULL,
    index_id       TEXT NOT NULL,
    index_version  INTEGER NOT NULL,
    revision       INTEGER NOT NULL,
    finalised_at   TEXT NOT NULL,
    checksum       TEXT NOT NULL,
    file_name      TEXT NOT NULL DEFAULT '',
    received_at    TEXT NOT NULL,
    document       TEXT NOT NULL CHECK (json_valid(document)),
    UNIQUE (school_code, school_year)
);

-- Older revisions and duplicates that a newer file replaced or made redundant, kept as a record.
CREATE TABLE received_superseded (
    id             INTEGER PRIMARY KEY,
    school_code    TEXT NOT NULL,
    school_name    TEXT NOT NULL,
    school_year    TEXT NOT NULL,
    revision       INTEGER NOT NULL,
    finalised_at   TEXT NOT NULL,
    checksum       TEXT NOT NULL,
    file_name      TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);

-- The lock of a finalised year, enforced by the database for the self-assessment tables (of the
-- index part, created before this migration), so no code path can change what was sent upward.
-- Deletes caused by removing the year itself (ON DELETE CASCADE) are allowed: the year row is gone
-- by then. Updating a link check's result (evidence.last_checked/last_result) is allowed too.
-- Code should still ask YearLock::ensureWritable() first, for a clearer message.

CREATE TRIGGER assessment_answer_locked_insert BEFORE INSERT ON assessment_answer
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_answer_locked_update BEFORE UPDATE ON assessment_answer
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_answer_locked_delete BEFORE DELETE ON assessment_answer
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_override_locked_insert BEFORE INSERT ON assessment_override
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_override_locked_update BEFORE UPDATE ON assessment_override
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_override_locked_delete BEFORE DELETE ON assessment_override
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_adjustment_locked_insert BEFORE INSERT ON assessment_adjustment
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_adjustment_locked_update BEFORE UPDATE ON assessment_adjustment
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER assessment_adjustment_locked_delete BEFORE DELETE ON assessment_adjustment
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER evidence_locked_insert BEFORE INSERT ON evidence
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER evidence_locked_update BEFORE UPDATE OF year_id, item_id, position, title, kind, location, issuer, notes ON evidence
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER evidence_locked_delete BEFORE DELETE ON evidence
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;
