#include "ExchangeFactsFile.h"

#include "ExchangeFacts.h"
#include "ExchangeFormat.h"
#include "ExchangeReader.h"
#include "Gzip.h"

namespace sdx::ExchangeFactsFile {

bool accepts(const QString &path, const QByteArray &head)
{
    return path.endsWith(QLatin1Char('.') + QLatin1String(ExchangeFormat::Suffix), Qt::CaseInsensitive)
           || Gzip::isGzip(head) || head.contains(ExchangeFormat::Name);
}

Expected<FactsFileContent> read(const QString &path)
{
    const Expected<ExchangeFile> file = ExchangeReader::readFile(path);
    if (!file)
        return file.status();
    FactsFileContent content;
    content.format = QStringLiteral("sdx");
    content.indexId = file->document.indexId;
    content.indexVersion = file->document.indexVersion;
    content.facts = ExchangeFacts::toFacts(file->document.assessment.facts);
    content.adjustments = ExchangeFacts::toAdjustments(file->document.assessment.adjustments);
    return content;
}

} // namespace sdx::ExchangeFactsFile
