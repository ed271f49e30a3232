#include "Gzip.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

namespace sdx::Gzip {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

constexpr int kGzipWindowBits = 15 + 16;  // deflate window 32 KB, gzip wrapper
constexpr qint64 kChunk = 64 * 1024;

/// Frees the zlib stream on every path out.
class InflateStream final
{
public:
    InflateStream() { m_ok = inflateInit2(&m_stream, kGzipWindowBits) == Z_OK; }
    ~InflateStream() { inflateEnd(&m_stream); }
    InflateStream(const InflateStream &) = delete;
    InflateStream &operator=(const InflateStream &) = delete;
    bool ok() const { return m_ok; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

bool isGzip(const QByteArray &head)
{
    return head.size() >= 2 && quint8(head.at(0)) == 0x1f && quint8(head.at(1)) == 0x8b;
}

bool isZip(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) || head.startsWith(QByteArrayLiteral("PK\x05\x06"))
           || head.startsWith(QByteArrayLiteral("PK\x07\x08"));
}

Expected<QByteArray> compress(const QByteArray &data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Status::failure(Text::tr("không khởi tạo được bộ nén gzip"));
    QByteArray output(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = uInt(output.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return Status::failure(Text::tr("nén gzip thất bại"));
    output.truncate(written);
    return output;
}

Expected<QByteArray> inflate(QIODevice &input, qint64 maxOutput)
{
    InflateStream guard;
    if (!guard.ok())
        return Status::failure(Text::tr("không khởi tạo được bộ giải nén gzip"));
    z_stream &stream = guard.stream();
    QByteArray output;
    QByteArray in;
    char buffer[kChunk];
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        if (stream.avail_in == 0) {
            in = input.read(kChunk);
            if (in.isEmpty())
                return Status::failure(Text::tr("dữ liệu nén bị cắt cụt (tệp không trọn vẹn)"));
            stream.next_in = reinterpret_cast<Bytef *>(in.data());
            stream.avail_in = uInt(in.size());
        }
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = uInt(kChunk);
        result = ::inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR)
            return Status::failure(Text::tr("dữ liệu nén bị hỏng (%1)")
                                       .arg(QString::fromLatin1(stream.msg ? stream.msg : "zlib")));
        const qint64 produced = kChunk - stream.avail_out;
        if (output.size() + produced > maxOutput)
            return Status::failure(Text::tr("nội dung giải nén vượt quá giới hạn %1 MB (có thể là tệp \"bom nén\")")
                                       .arg(maxOutput / (1024 * 1024)));
        output.append(buffer, qsizetype(produced));
    }
    if (stream.avail_in > 0 || !input.atEnd())
        return Status::failure(Text::tr("có dữ liệu thừa sau phần nén (tệp đã bị ghép hoặc sửa)"));
    return output;
}

} // namespace sdx::Gzip
