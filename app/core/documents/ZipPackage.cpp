#include "ZipPackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

namespace sdx::ZipPackage {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::ZipPackage)
};

constexpr int kStoredMethod = 0;
constexpr int kDeflatedMethod = 8;
constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;

Expected<QList<Part>> readFrom(QuaZip &zip, const QString &name)
{
    if (!zip.open(QuaZip::mdUnzip))
        return Status::failure(Text::tr("Không mở được gói %1 (không phải tệp ZIP hợp lệ?), mã lỗi %2")
                                   .arg(name).arg(zip.getZipError()));
    QList<Part> parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return Status::failure(Text::tr("Gói %1: không đọc được thông tin một phần").arg(name));
        if (qint64(info.uncompressedSize) > kMaxPartBytes)
            return Status::failure(Text::tr("Gói %1: phần %2 quá lớn").arg(name, info.name));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(Text::tr("Gói %1: không mở được phần %2").arg(name, info.name));
        Part part{info.name, file.readAll(), info.method == kStoredMethod};
        file.close();
        if (file.getZipError() != 0)
            return Status::failure(Text::tr("Gói %1: phần %2 bị hỏng (sai mã kiểm tra)").arg(name, info.name));
        parts << part;
    }
    zip.close();
    return parts;
}

} // namespace

Expected<QByteArray> build(const QList<Part> &parts)
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return Status::failure(Text::tr("Không tạo được gói ZIP trong bộ nhớ, mã lỗi %1").arg(zip.getZipError()));
        for (const Part &part : parts) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(part.name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                | QFileDevice::ReadOther);
            const int method = part.stored ? kStoredMethod : kDeflatedMethod;
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method, part.stored ? 0 : 6)
                || file.write(part.data) != part.data.size()) {
                return Status::failure(Text::tr("Không ghi được phần %1 vào gói ZIP").arg(part.name));
            }
            file.close();
            if (file.getZipError() != 0)
                return Status::failure(Text::tr("Không ghi được phần %1 vào gói ZIP, mã lỗi %2")
                                           .arg(part.name).arg(file.getZipError()));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return Status::failure(Text::tr("Không đóng được gói ZIP, mã lỗi %1").arg(zip.getZipError()));
    }
    return buffer.data();
}

Expected<QList<Part>> read(const QString &path)
{
    QuaZip zip(path);
    return readFrom(zip, QDir::toNativeSeparators(path));
}

Expected<QList<Part>> read(const QByteArray &package)
{
    QByteArray copy = package;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    return readFrom(zip, Text::tr("trong bộ nhớ"));
}

} // namespace sdx::ZipPackage
