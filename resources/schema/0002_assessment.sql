-- SchoolDX schema: the self-assessment of a year against its index (checklist answers, manual
-- score adjustments, overrides of facts derived from the inventory, evidence).
-- Values are JSON in the shape of the index's facts: true/false, a count, {"count": n, "of": m}, a level.

CREATE TABLE assessment_answer (
    year_id      INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    item_id      TEXT NOT NULL,
    value        TEXT NOT NULL CHECK (json_valid(value)),
    answered_by  TEXT NOT NULL DEFAULT '',
    answered_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (year_id, item_id)
);

-- A value typed over a fact derived from the inventory; the derived value it replaced is kept.
CREATE TABLE assessment_override (
    year_id            INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    item_id            TEXT NOT NULL,
    value              TEXT NOT NULL CHECK (json_valid(value)),
    derived_value      TEXT CHECK (derived_value IS NULL OR json_valid(derived_value)),
    derived_provenance TEXT NOT NULL DEFAULT '',
    overridden_by      TEXT NOT NULL DEFAULT '',
    overridden_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (year_id, item_id)
);

-- A manual lower score within the tier's maximum; the reason is required.
CREATE TABLE assessment_adjustment (
    year_id      INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    item_id      TEXT NOT NULL,
    points       REAL NOT NULL CHECK (points >= 0),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    adjusted_by  TEXT NOT NULL DEFAULT '',
    adjusted_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (year_id, item_id)
);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    year_id       INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL,
    position      INTEGER NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL CHECK (kind IN ('link', 'document', 'file')),
    location      TEXT NOT NULL DEFAULT '',
    issuer        TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    last_checked  TEXT,
    last_result   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX evidence_by_item ON evidence (year_id, item_id, position);
