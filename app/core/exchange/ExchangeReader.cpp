#include "ExchangeReader.h"

#include "ExchangeChecksum.h"
#include "ExchangeFormat.h"
#include "ExchangeJson.h"
#include "Gzip.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace sdx::ExchangeReader {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

Status refuse(const QString &sourceName, const QString &reason)
{
    return Status::failure(Text::tr("Tệp %1 bị từ chối: %2.").arg(sourceName, reason));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

Expected<QByteArray> decode(const QByteArray &bytes, const QString &sourceName, bool *compressed)
{
    if (Gzip::isZip(bytes))
        return refuse(sourceName, Text::tr("đây là tệp nén ZIP, không phải tệp trao đổi .sdx của SchoolDX "
                                     "(hãy giải nén và chọn tệp .sdx bên trong)"));
    *compressed = Gzip::isGzip(bytes);
    if (!*compressed)
        return bytes;
    QBuffer buffer(const_cast<QByteArray *>(&bytes));
    buffer.open(QIODevice::ReadOnly);
    Expected<QByteArray> inflated = Gzip::inflate(buffer, ExchangeFormat::MaxContentBytes);
    if (!inflated)
        return refuse(sourceName, inflated.message());
    return inflated;
}

Expected<QJsonObject> parseJson(const QByteArray &text, const QString &sourceName)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith("\xEF\xBB\xBF{"))
        return refuse(sourceName, Text::tr("không phải tệp trao đổi SchoolDX (nội dung không phải JSON)"));
    QJsonParseError error;
    const QByteArray body = trimmed.startsWith("\xEF\xBB\xBF") ? trimmed.mid(3) : trimmed;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool atEnd = error.offset >= body.size() - 1;
        return refuse(sourceName, atEnd ? Text::tr("tệp bị cắt cụt hoặc không trọn vẹn (JSON dừng ở vị trí %1)")
                                              .arg(error.offset)
                                        : Text::tr("tệp bị hỏng (lỗi JSON ở vị trí %1: %2)")
                                              .arg(error.offset)
                                              .arg(error.errorString()));
    }
    if (!json.isObject())
        return refuse(sourceName, Text::tr("không phải tệp trao đổi SchoolDX (JSON không phải một đối tượng)"));
    return json.object();
}

Status checkHeader(const QJsonObject &object, const QString &sourceName)
{
    const QString format = object.value(QLatin1String("format")).toString();
    if (format != QLatin1String(ExchangeFormat::Name))
        return refuse(sourceName, format.isEmpty()
                                      ? Text::tr("không phải tệp trao đổi SchoolDX (thiếu tên định dạng)")
                                      : Text::tr("không phải tệp trao đổi SchoolDX (định dạng \"%1\")").arg(format));
    const QJsonValue version = object.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != version.toInt())
        return refuse(sourceName, Text::tr("phiên bản định dạng không hợp lệ"));
    if (version.toInt() > ExchangeFormat::Version)
        return refuse(sourceName, Text::tr("tệp được tạo bởi phiên bản SchoolDX mới hơn (định dạng phiên bản %1, "
                                     "phần mềm này chỉ đọc được đến phiên bản %2); hãy cập nhật SchoolDX")
                                      .arg(version.toInt())
                                      .arg(ExchangeFormat::Version));
    if (ExchangeChecksum::stored(object).isEmpty())
        return refuse(sourceName, Text::tr("thiếu mã kiểm tra (checksum)"));
    if (!ExchangeChecksum::verify(object))
        return refuse(sourceName, Text::tr("mã kiểm tra không khớp: nội dung đã bị sửa sau khi xuất "
                                     "hoặc tệp bị hỏng; hãy yêu cầu trường xuất lại tệp"));
    return Status::success();
}

} // namespace

Expected<ExchangeFile> parse(const QByteArray &bytes, const QString &sourceName)
{
    ExchangeFile file;
    file.fileSize = bytes.size();
    const Expected<QByteArray> text = decode(bytes, sourceName, &file.compressed);
    if (!text)
        return text.status();
    Expected<QJsonObject> object = parseJson(*text, sourceName);
    if (!object)
        return object.status();
    if (Status header = checkHeader(*object, sourceName); !header)
        return header;
    Expected<ExchangeDocument> document = ExchangeJson::fromJson(*object);
    if (!document)
        return refuse(sourceName, document.message());
    file.document = std::move(document.value());
    file.document.checksum = ExchangeChecksum::stored(*object);
    file.json = std::move(object.value());
    return file;
}

Expected<ExchangeFile> readFile(const QString &path)
{
    const QString sourceName = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(Text::tr("Không tìm thấy tệp %1.").arg(sourceName));
    if (!info.isFile())
        return refuse(sourceName, Text::tr("không phải một tệp"));
    // By size first: a 2 GB file is refused without a byte being read.
    if (info.size() > ExchangeFormat::MaxFileBytes)
        return refuse(sourceName, Text::tr("tệp quá lớn (%1 MB, giới hạn %2 MB); tệp trao đổi của một trường "
                                     "thường chỉ vài trăm KB")
                                      .arg(megabytes(info.size()), megabytes(ExchangeFormat::MaxFileBytes)));
    if (info.size() == 0)
        return refuse(sourceName, Text::tr("tệp rỗng"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("Không mở được tệp %1: %2").arg(sourceName, file.errorString()));
    const QByteArray bytes = file.read(ExchangeFormat::MaxFileBytes + 1);
    if (bytes.size() > ExchangeFormat::MaxFileBytes)
        return refuse(sourceName, Text::tr("tệp quá lớn (giới hạn %1 MB)").arg(megabytes(ExchangeFormat::MaxFileBytes)));
    Expected<ExchangeFile> result = parse(bytes, sourceName);
    if (result)
        result->path = path;
    return result;
}

bool looksLikeExchangeFile(const QString &path, const QByteArray &head)
{
    if (Gzip::isGzip(head))
        return path.endsWith(QLatin1Char('.') + QLatin1String(ExchangeFormat::Suffix), Qt::CaseInsensitive);
    return head.contains(QByteArrayLiteral("\"format\"")) && head.contains(ExchangeFormat::Name);
}

} // namespace sdx::ExchangeReader
