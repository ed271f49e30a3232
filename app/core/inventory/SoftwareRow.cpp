#include "SoftwareRow.h"

#include <QCoreApplication>

namespace sdx {
namespace SoftwareCodes {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::SoftwareRow)
};

template<typename Enum>
bool fromCode(const QList<Enum> &values, QString (*toCode)(Enum), const QString &code, Enum *result)
{
    for (Enum value : values) {
        if (toCode(value) == code) {
            *result = value;
            return true;
        }
    }
    return false;
}

} // namespace

QList<SoftwareGroup> groups()
{
    return {SoftwareGroup::Management, SoftwareGroup::Teaching};
}

QString groupCode(SoftwareGroup group)
{
    return group == SoftwareGroup::Management ? QStringLiteral("management") : QStringLiteral("teaching");
}

bool groupFromCode(const QString &code, SoftwareGroup *group)
{
    return fromCode(groups(), &groupCode, code, group);
}

QString groupLabel(SoftwareGroup group)
{
    return group == SoftwareGroup::Management ? Text::tr("Quản lý, điều hành") : Text::tr("Dạy học, kiểm tra đánh giá");
}

QList<SoftwareStatus> statuses()
{
    return {SoftwareStatus::Unset, SoftwareStatus::InUse, SoftwareStatus::Missing, SoftwareStatus::NotNeeded};
}

QString statusCode(SoftwareStatus status)
{
    switch (status) {
    case SoftwareStatus::Unset: return QStringLiteral("unset");
    case SoftwareStatus::InUse: return QStringLiteral("in-use");
    case SoftwareStatus::Missing: return QStringLiteral("missing");
    case SoftwareStatus::NotNeeded: return QStringLiteral("not-needed");
    }
    return QString();
}

bool statusFromCode(const QString &code, SoftwareStatus *status)
{
    return fromCode(statuses(), &statusCode, code, status);
}

QString statusLabel(SoftwareStatus status)
{
    switch (status) {
    case SoftwareStatus::Unset: return Text::tr("Chưa xác định");
    case SoftwareStatus::InUse: return Text::tr("Đang dùng");
    case SoftwareStatus::Missing: return Text::tr("Còn thiếu, cần trang bị");
    case SoftwareStatus::NotNeeded: return Text::tr("Không cần");
    }
    return QString();
}

QList<Acquisition> acquisitions()
{
    return {Acquisition::Unknown, Acquisition::SelfBuilt, Acquisition::Bought, Acquisition::Rented, Acquisition::Free};
}

QString acquisitionCode(Acquisition acquisition)
{
    switch (acquisition) {
    case Acquisition::Unknown: return QString();
    case Acquisition::SelfBuilt: return QStringLiteral("self-built");
    case Acquisition::Bought: return QStringLiteral("bought");
    case Acquisition::Rented: return QStringLiteral("rented");
    case Acquisition::Free: return QStringLiteral("free");
    }
    return QString();
}

bool acquisitionFromCode(const QString &code, Acquisition *acquisition)
{
    return fromCode(acquisitions(), &acquisitionCode, code, acquisition);
}

QString acquisitionLabel(Acquisition acquisition)
{
    switch (acquisition) {
    case Acquisition::Unknown: return QString();
    case Acquisition::SelfBuilt: return Text::tr("Tự xây dựng");
    case Acquisition::Bought: return Text::tr("Mua");
    case Acquisition::Rented: return Text::tr("Thuê");
    case Acquisition::Free: return Text::tr("Miễn phí");
    }
    return QString();
}

} // namespace SoftwareCodes

bool SoftwareRow::operator==(const SoftwareRow &other) const
{
    return id == other.id && role == other.role && group == other.group && name == other.name
           && status == other.status && product == other.product && provider == other.provider
           && link == other.link && acquisition == other.acquisition && quantity == other.quantity
           && modules == other.modules && functions == other.functions
           && exchangesResults == other.exchangesResults && note == other.note;
}

} // namespace sdx
