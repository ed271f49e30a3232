-- SchoolDX schema: the inventory of a school year — software and services register, rooms with
-- their equipment and repair log, people counts and needs. Everything hangs off school_year, so
-- deleting a year deletes its inventory, and copy-forward copies it (inventory/InventoryCopyForward).

CREATE TABLE inv_year_state (
    year_id      INTEGER PRIMARY KEY REFERENCES school_year(id) ON DELETE CASCADE,
    prefilled    INTEGER NOT NULL DEFAULT 0 CHECK (prefilled IN (0, 1))
);

CREATE TABLE inv_software (
    id           INTEGER PRIMARY KEY,
    year_id      INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    grp          TEXT NOT NULL CHECK (grp IN ('management', 'teaching')),
    role         TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    status       TEXT NOT NULL DEFAULT 'unset' CHECK (status IN ('unset', 'in-use', 'missing', 'not-needed')),
    product      TEXT NOT NULL DEFAULT '',
    provider     TEXT NOT NULL DEFAULT '',
    link         TEXT NOT NULL DEFAULT '',
    acquisition  TEXT NOT NULL DEFAULT '' CHECK (acquisition IN ('', 'self-built', 'bought', 'rented', 'free')),
    quantity     INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
    exchanges_results INTEGER NOT NULL DEFAULT 0 CHECK (exchanges_results IN (0, 1)),
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (year_id, grp, name)
);
CREATE INDEX inv_software_year ON inv_software(year_id, position);

-- Modules a management system runs ('module') and functions an LMS offers ('function').
CREATE TABLE inv_software_feature (
    software_id  INTEGER NOT NULL REFERENCES inv_software(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('module', 'function')),
    key          TEXT NOT NULL,
    PRIMARY KEY (software_id, kind, key)
);

CREATE TABLE inv_room (
    id           INTEGER PRIMARY KEY,
    year_id      INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    has_internet INTEGER NOT NULL DEFAULT 0 CHECK (has_internet IN (0, 1)),
    checked_on   TEXT,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (year_id, name_key)
);
CREATE INDEX inv_room_year ON inv_room(year_id, position);

CREATE TABLE inv_equipment (
    id              INTEGER PRIMARY KEY,
    room_id         INTEGER NOT NULL REFERENCES inv_room(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    category        TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    quantity        INTEGER NOT NULL CHECK (quantity >= 0),
    working         INTEGER NOT NULL CHECK (working >= 0 AND working <= quantity),
    year_acquired   INTEGER NOT NULL DEFAULT 0 CHECK (year_acquired = 0 OR year_acquired BETWEEN 1970 AND 2100),
    protected_count INTEGER NOT NULL DEFAULT 0 CHECK (protected_count >= 0 AND protected_count <= quantity),
    provider        TEXT NOT NULL DEFAULT '',
    speed_mbps      REAL NOT NULL DEFAULT 0 CHECK (speed_mbps >= 0),
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inv_equipment_room ON inv_equipment(room_id, position);

CREATE TABLE inv_repair (
    id            INTEGER PRIMARY KEY,
    equipment_id  INTEGER NOT NULL REFERENCES inv_equipment(id) ON DELETE CASCADE,
    opened_on     TEXT NOT NULL,
    closed_on     TEXT,
    units         INTEGER NOT NULL DEFAULT 1 CHECK (units > 0),
    problem       TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'repaired', 'written-off', 'not-repairable')),
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inv_repair_equipment ON inv_repair(equipment_id);

-- People and materials counts by catalog key (resources/inventory/people-counts.json); a missing
-- row is an unknown count.
CREATE TABLE inv_count (
    year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (year_id, key)
);

CREATE TABLE inv_need (
    id        INTEGER PRIMARY KEY,
    year_id   INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    quantity  INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (year_id, key)
);
