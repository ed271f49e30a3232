-- SchoolDX schema 6: a finalised year's inventory is locked like its self-assessment (step 4).
-- The facts sent upward are derived from the inventory, so changing a room or a computer of a
-- finalised year would change what was sent. Deleting the whole year stays possible: the year
-- row is gone when its rows cascade. The repair log stays open: it records, it does not count.

CREATE TRIGGER inv_software_locked_insert BEFORE INSERT ON inv_software
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_software_locked_update BEFORE UPDATE ON inv_software
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_software_locked_delete BEFORE DELETE ON inv_software
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_room_locked_insert BEFORE INSERT ON inv_room
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_room_locked_update BEFORE UPDATE ON inv_room
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_room_locked_delete BEFORE DELETE ON inv_room
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_count_locked_insert BEFORE INSERT ON inv_count
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_count_locked_update BEFORE UPDATE ON inv_count
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_count_locked_delete BEFORE DELETE ON inv_count
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_need_locked_insert BEFORE INSERT ON inv_need
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = NEW.year_id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_need_locked_update BEFORE UPDATE ON inv_need
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN (OLD.year_id, NEW.year_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_need_locked_delete BEFORE DELETE ON inv_need
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = OLD.year_id AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = OLD.year_id)
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_software_feature_locked_insert BEFORE INSERT ON inv_software_feature
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = (SELECT year_id FROM inv_software WHERE id = NEW.software_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_software_feature_locked_update BEFORE UPDATE ON inv_software_feature
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN ((SELECT year_id FROM inv_software WHERE id = OLD.software_id), (SELECT year_id FROM inv_software WHERE id = NEW.software_id)) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_software_feature_locked_delete BEFORE DELETE ON inv_software_feature
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = (SELECT year_id FROM inv_software WHERE id = OLD.software_id) AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = (SELECT year_id FROM inv_software WHERE id = OLD.software_id))
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_equipment_locked_insert BEFORE INSERT ON inv_equipment
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = (SELECT year_id FROM inv_room WHERE id = NEW.room_id) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_equipment_locked_update BEFORE UPDATE ON inv_equipment
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id IN ((SELECT year_id FROM inv_room WHERE id = OLD.room_id), (SELECT year_id FROM inv_room WHERE id = NEW.room_id)) AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;

CREATE TRIGGER inv_equipment_locked_delete BEFORE DELETE ON inv_equipment
WHEN EXISTS (SELECT 1 FROM year_status WHERE year_id = (SELECT year_id FROM inv_room WHERE id = OLD.room_id) AND state = 'final')
     AND EXISTS (SELECT 1 FROM school_year WHERE id = (SELECT year_id FROM inv_room WHERE id = OLD.room_id))
BEGIN SELECT RAISE(ABORT, 'Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) trước khi sửa.'); END;
