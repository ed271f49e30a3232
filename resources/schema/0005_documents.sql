-- SchoolDX schema: official documents (Kế hoạch, Báo cáo) — the school's edits of their texts per
-- year, the school's own legal bases, which bases each document cites, and each document's number,
-- date and signer. Document codes: 'ke-hoach', 'bao-cao-tu-danh-gia', 'bao-cao-so-ket-hk1',
-- 'bao-cao-tong-ket'.

-- A narrative section the school edited; a section without a row follows the default text.
CREATE TABLE document_narrative (
    year_id     INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    document    TEXT NOT NULL CHECK (length(document) > 0),
    section     TEXT NOT NULL CHECK (length(section) > 0),
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (year_id, document, section)
);

-- Documents of the province, commune (or former district) and the school itself that it cites;
-- national documents come from the catalogue in the application's resources.
CREATE TABLE legal_basis_own (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (length(kind) > 0),     -- 'Công văn', 'Quyết định', 'Kế hoạch', …
    number      TEXT NOT NULL CHECK (length(number) > 0),   -- '1470/SGD&ĐT-VP'
    issued_on   TEXT NOT NULL DEFAULT '',                   -- 'YYYY-MM-DD' or '' when unknown
    issuer      TEXT NOT NULL DEFAULT '',                   -- 'Sở Giáo dục và Đào tạo tỉnh Đắk Nông'
    subject     TEXT NOT NULL DEFAULT '',                   -- 'về việc hướng dẫn …'
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The căn cứ of one document of one year, in printed order: a catalogue entry or an own entry.
CREATE TABLE document_basis (
    year_id       INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    document      TEXT NOT NULL CHECK (length(document) > 0),
    position      INTEGER NOT NULL CHECK (position >= 0),
    catalogue_id  TEXT,
    own_id        INTEGER REFERENCES legal_basis_own(id) ON DELETE CASCADE,
    CHECK ((catalogue_id IS NULL) <> (own_id IS NULL)),
    PRIMARY KEY (year_id, document, position)
);

-- That the school chose the căn cứ of a document (even none): without a row, the defaults apply.
CREATE TABLE document_basis_choice (
    year_id    INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    document   TEXT NOT NULL CHECK (length(document) > 0),
    chosen_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (year_id, document)
);

-- Number, date and signer of one document of one year.
CREATE TABLE document_meta (
    year_id            INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    document           TEXT NOT NULL CHECK (length(document) > 0),
    number             INTEGER NOT NULL DEFAULT 0 CHECK (number >= 0),
    issued_on          TEXT NOT NULL DEFAULT '',            -- 'YYYY-MM-DD' or '' (filled in by hand)
    signing_authority  TEXT NOT NULL DEFAULT '',            -- '', 'KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'
    signer_title       TEXT NOT NULL DEFAULT '',
    signer_name        TEXT NOT NULL DEFAULT '',
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (year_id, document)
);
