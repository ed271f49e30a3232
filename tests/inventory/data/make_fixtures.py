#!/usr/bin/env python3
"""Regenerates the import fixtures of tst_inventory_import (run from this folder).

The legacy-encoded CSV files are made with glibc's iconv, independently of SchoolDX's own
tables, so the tests check SchoolDX against another implementation. The XLSX files are
written by hand (zip + XML) to hold what SchoolDX's exporter never writes: merged cells,
inline strings, legacy-font text.
"""
import subprocess
import zipfile

ROOMS = "Tên phòng,Loại phòng,Kết nối Internet\r\nPhòng tin học,Phòng tin học,Có\r\nLớp 1A,Phòng học,Không\r\nThư viện,Thư viện,Có\r\n"


def iconv(text, encoding):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


with open("rooms-tcvn3.csv", "wb") as f:
    f.write(iconv(ROOMS, "TCVN5712-1"))
with open("rooms-cp1258.csv", "wb") as f:
    f.write(iconv(ROOMS, "CP1258"))
# VNI-Windows has no iconv table: typed by hand as the VNI fonts store it
# ("Tên phòng" = "Teân phoøng", "Lớp học" = "Lôùp hoïc").
with open("rooms-vni.csv", "wb") as f:
    f.write("Teân phoøng,Loaïi phoøng,Keát noái Internet\r\nPhoøng tin hoïc,Phoøng tin hoïc,Coù\r\nLôùp 1A,Phoøng hoïc,Khoâng\r\n"
            .encode("latin-1"))


def cell(ref, text):
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def num(ref, value):
    return f'<c r="{ref}"><v>{value}</v></c>'


def sheet_xml(rows, merges):
    body = "".join(f'<row r="{n}">{"".join(cells)}</row>' for n, cells in rows)
    merge = ""
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{body}</sheetData>{merge}</worksheet>')


def workbook(path, sheets):
    names = "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _, _) in enumerate(sheets))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                        for i in range(len(sheets)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   f'{overrides}</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<sheets>{names}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'{rels}</Relationships>')
        for i, (_, rows, merges) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheet_xml(rows, merges))


# Two-level header: "Số lượng" merged over "Tốt" and "Hỏng".
workbook("equipment-merged-header.xlsx", [("Thiết bị", [
    (1, [cell("A1", "Phòng"), cell("B1", "Loại thiết bị"), cell("C1", "Số lượng"), cell("E1", "Ghi chú")]),
    (2, [cell("C2", "Tốt"), cell("D2", "Hỏng")]),
    (3, [cell("A3", "Phòng tin học"), cell("B3", "Máy tính để bàn"), num("C3", 17), num("D3", 4)]),
], ["C1:D1", "A1:A2", "B1:B2"])])

# A title merged across the top, the table below it: accepted (the title is above the header).
workbook("rooms-title-row.xlsx", [("Danh sách phòng", [
    (1, [cell("A1", "DANH SÁCH PHÒNG HỌC NĂM HỌC 2022 - 2023")]),
    (3, [cell("A3", "Tên phòng"), cell("B3", "Loại phòng"), cell("C3", "Kết nối Internet")]),
    (4, [cell("A4", "Lớp 2A"), cell("B4", "Phòng học"), cell("C4", "x")]),
    (5, [cell("A5", "Lớp 2B"), cell("B5", "phong hoc"), cell("C5", "không")]),
], ["A1:C1"])])

# Data cells merged down two rows (the same room written once for two lines).
workbook("equipment-merged-rows.xlsx", [("Thiết bị", [
    (1, [cell("A1", "Phòng"), cell("B1", "Loại thiết bị"), cell("C1", "Số lượng")]),
    (2, [cell("A2", "Văn phòng"), cell("B2", "Máy tính để bàn"), num("C2", 2)]),
    (3, [cell("B3", "Laptop"), num("C3", 3)]),
], ["A2:A3"])])

# Text typed with a TCVN3 (.VnTime) font in Excel: Latin-1 characters in the XML.
tcvn = lambda text: iconv(text, "TCVN5712-1").decode("latin-1")
workbook("rooms-tcvn3.xlsx", [("Phong", [
    (1, [cell("A1", tcvn("Tên phòng")), cell("B1", tcvn("Loại phòng"))]),
    (2, [cell("A2", tcvn("Phòng đa năng")), cell("B2", tcvn("Phòng đa năng"))]),
], [])])
