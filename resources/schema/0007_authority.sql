-- SchoolDX schema: the receiving authority (a commune/ward People's Committee, a Sở GDĐT, or a
-- Phòng GDĐT for years before 1 July 2025) as its summary report prints it. One row: a receiving
-- workspace belongs to one office. Everything is data: nothing about the office is in the code.
CREATE TABLE authority_profile (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    parent_line        TEXT NOT NULL DEFAULT '',                     -- cơ quan chủ quản, IN HOA: 'UBND TỈNH ĐẮK NÔNG'
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0), -- tên cơ quan, IN HOA: 'UBND XÃ ĐỨC AN'
    name_in_sentence   TEXT NOT NULL DEFAULT '',                     -- 'Ủy ban nhân dân xã Đức An'
    place_name         TEXT NOT NULL DEFAULT '',                     -- địa danh of the date line: 'Đức An'
    doc_sign           TEXT NOT NULL DEFAULT '',                     -- 'UBND' → 'Số: …/BC-UBND'
    signing_authority  TEXT NOT NULL DEFAULT '',                     -- '', 'KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'
    head_title         TEXT NOT NULL DEFAULT '',                     -- 'Chủ tịch', 'Giám đốc', 'Trưởng phòng'
    signer_title       TEXT NOT NULL DEFAULT '',                     -- 'Phó Chủ tịch'; '' = the head signs
    signer_name        TEXT NOT NULL DEFAULT '',
    recipients         TEXT NOT NULL DEFAULT '',                     -- nơi nhận, one per line, without dashes
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
