#pragma once

#include "DocumentModel.h"
#include "InventoryAnnexInput.h"

namespace sdx {

/**
 * "PHỤ LỤC — Danh mục phòng và trang thiết bị công nghệ thông tin năm học …": the school's header,
 * the rooms (STT, tên, loại, Internet, equipment per category), the totals per equipment category
 * (tổng số, đang hoạt động, hỏng, máy có phần mềm phòng chống mã độc) and the four totals of
 * seed 002, through DocumentComposer so it looks like the school's other documents (portrait A4).
 */
class InventoryAnnexBuilder final
{
public:
    explicit InventoryAnnexBuilder(InventoryAnnexInput input);

    doc::Document build() const;

    /// "Danh mục phòng và trang thiết bị công nghệ thông tin năm học 2022 - 2023"
    static QString subject(const QString &yearName);

private:
    InventoryAnnexInput m_input;
};

} // namespace sdx
