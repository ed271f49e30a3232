#include "SafeFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sdx::SafeFile {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::SafeFile)
};

Status ensureParentFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QDir().mkpath(folder))
        return Status::success();
    return Status::failure(Text::tr("Không tạo được thư mục %1").arg(QDir::toNativeSeparators(folder)));
}

} // namespace

Status write(const QString &path,
             const std::function<bool(QIODevice &, QString *)> &writer,
             const std::function<Status(const QString &)> &verify)
{
    const Status folder = ensureParentFolder(path);
    if (!folder)
        return folder;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Text::tr("Không mở được tệp %1 để ghi: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    QString writerError;
    if (!writer(file, &writerError)) {
        file.cancelWriting();
        return Status::failure(Text::tr("Không ghi được tệp %1: %2")
                                   .arg(QDir::toNativeSeparators(path),
                                        writerError.isEmpty() ? file.errorString() : writerError));
    }
    if (!file.commit())
        return Status::failure(Text::tr("Không ghi được tệp %1 (ổ đĩa đầy hoặc không có quyền ghi?): %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (verify)
        return verify(path);
    return Status::success();
}

Status write(const QString &path, const QByteArray &data)
{
    const QByteArray expectedHash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    auto writer = [&data](QIODevice &device, QString *) {
        return device.write(data) == data.size();
    };
    auto verify = [&expectedHash](const QString &written) {
        QFile file(written);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(Text::tr("Không đọc lại được tệp vừa ghi %1")
                                       .arg(QDir::toNativeSeparators(written)));
        if (QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) != expectedHash)
            return Status::failure(Text::tr("Tệp vừa ghi %1 không khớp với dữ liệu (lỗi ổ đĩa?)")
                                       .arg(QDir::toNativeSeparators(written)));
        return Status::success();
    };
    return write(path, writer, verify);
}

Expected<QByteArray> read(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return Status::failure(Text::tr("Không tìm thấy tệp %1").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("Không mở được tệp %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxBytes)
        return Status::failure(Text::tr("Tệp %1 quá lớn (%2 MB, giới hạn %3 MB)")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(file.size() / (1024 * 1024))
                                   .arg(maxBytes / (1024 * 1024)));
    return file.readAll();
}

} // namespace sdx::SafeFile
