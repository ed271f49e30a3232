#include "SampleSchool.h"

#include "SampleDocuments.h"

#include "index/AssessmentRepository.h"
#include "index/FactsFile.h"
#include "inventory/InventoryRepository.h"
#include "inventory/InventorySamples.h"
#include "school/DerivedFactsProvider.h"
#include "school/SchoolRepository.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace sdx::SampleSchool {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sdx::SampleSchool", text);
}

const QString kBy = QStringLiteral("Trường mẫu");

Expected<FactsFileContent> seedFacts()
{
    QFile file(QStringLiteral(":/samples/seed-002-facts.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Thiếu dữ liệu trường mẫu (seed-002-facts.json)."));
    return FactsFile::parsePlain(file.readAll(), QStringLiteral("seed-002-facts.json"));
}

/// Only what the inventory cannot tell is typed in, as a real school would: the rest is derived.
Facts answersBeyondInventory(const Facts &seed, const DerivedFacts &derived)
{
    Facts answers = seed;
    for (const DerivedFact &fact : derived)
        answers.remove(fact.itemId);
    return answers;
}

EvidenceEntry evidence(const QString &itemId, EvidenceKind kind, const QString &title, const QString &location,
                       const QString &issuer = {})
{
    EvidenceEntry entry;
    entry.itemId = itemId;
    entry.kind = kind;
    entry.title = title;
    entry.location = location;
    entry.issuer = issuer;
    return entry;
}

/// The evidence seed 002 cites in its table and text.
QList<EvidenceEntry> seedEvidence()
{
    const QString school = QStringLiteral("Trường Tiểu học Chu Văn An");
    return {
        evidence(QStringLiteral("1.1"), EvidenceKind::Document, QStringLiteral("Kế hoạch năm học (có dạy học trực tuyến)"),
                 QStringLiteral("Kế hoạch số 112/KH-THCVA ngày 20/09/2022"), school),
        evidence(QStringLiteral("1.2"), EvidenceKind::Document, QStringLiteral("Quy chế tổ chức dạy học trực tuyến"),
                 QStringLiteral("Quyết định số 10/QĐ-CVA ngày 15/02/2023"), school),
        evidence(QStringLiteral("1.3.1"), EvidenceKind::Link, QStringLiteral("Google Meet"),
                 QStringLiteral("https://meet.google.com/")),
        evidence(QStringLiteral("2.1"), EvidenceKind::Document, QStringLiteral("Phân công phụ trách CNTT, chuyển đổi số"),
                 QStringLiteral("Kế hoạch số 18/KH-THCVA ngày 16/02/2023"), school),
        evidence(QStringLiteral("2.2"), EvidenceKind::Document, QStringLiteral("Kế hoạch ứng dụng CNTT, chuyển đổi số"),
                 QStringLiteral("Kế hoạch số 18/KH-THCVA ngày 16/02/2023"), school),
        evidence(QStringLiteral("2.3.1"), EvidenceKind::Document, QStringLiteral("Quy chế sử dụng hệ thống quản trị nhà trường"),
                 QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023"), school),
        evidence(QStringLiteral("2.3.2"), EvidenceKind::Link, QStringLiteral("Hệ thống quản trị và lưu trữ nhà trường fbot"),
                 QStringLiteral("https://fbot.esoft.edu.vn")),
        evidence(QStringLiteral("2.3.8"), EvidenceKind::Link, QStringLiteral("CSDL ngành"),
                 QStringLiteral("https://truong.csdl.moet.gov.vn")),
        evidence(QStringLiteral("2.4.1"), EvidenceKind::Link, QStringLiteral("Trang Facebook của trường"),
                 QStringLiteral("https://www.facebook.com/people/Trường-tiểu-học-Chu-Văn-An-Đăk-Song-Đăk-Nông")),
    };
}

Status fillYear(Database &database, qint64 yearId)
{
    if (Status status = InventoryRepository(database).replaceYear(yearId, InventorySamples::seed002()); !status)
        return status;
    const Expected<FactsFileContent> seed = seedFacts();
    if (!seed)
        return seed.status();
    const Expected<DerivedFacts> derived = collectDerivedFacts(database, yearId);
    if (!derived)
        return derived.status();
    AssessmentRepository assessment(database);
    if (Status status = assessment.saveAnswers(yearId, answersBeyondInventory(seed->facts, *derived), kBy); !status)
        return status;
    for (const EvidenceEntry &entry : seedEvidence()) {
        if (const Expected<qint64> added = assessment.addEvidence(yearId, entry); !added)
            return added.status();
    }
    return SampleDocuments::fill(database, yearId);
}

} // namespace

SchoolProfile profile()
{
    SchoolProfile school;
    school.name = QStringLiteral("Trường Tiểu học Chu Văn An");
    school.code = QStringLiteral("67000410");
    school.level = SchoolLevel::TieuHoc;
    school.authority = QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG");
    school.placeName = QStringLiteral("Đức An");
    school.docSign = QStringLiteral("THCVA");
    school.principalName = QStringLiteral("Nguyễn Thị Hương");
    school.principalTitle = QStringLiteral("Hiệu trưởng");
    school.itStaff = {
        {QStringLiteral("Vũ Thị Minh Thảo"), QStringLiteral("Giáo viên Tin học, phụ trách CNTT"), {}, {}},
        {QStringLiteral("Huỳnh Thị Thanh"), QStringLiteral("Phụ trách CNTT kiêm nhiệm"), {}, {}},
        {QStringLiteral("Nguyễn Thị Liễu"), QStringLiteral("Phụ trách thống kê giáo dục"), {}, {}},
    };
    school.address = QStringLiteral("Xã Đức An, huyện Đăk Song, tỉnh Đắk Nông");
    school.email = QStringLiteral("chuvanandaksong@gmail.com");
    return school;
}

Status create(SchoolSession &session)
{
    if (session.hasSchool())
        return Status::failure(tr("Cơ sở dữ liệu này đã có trường “%1”; trường mẫu chỉ được tạo trong một tệp mới.")
                                   .arg(session.profile().name));
    Database &database = session.database();
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = SchoolRepository(database).save(profile()); !status)
        return status;
    const Expected<SchoolYear> year = YearRepository(database).create(QString::fromLatin1(YearName));
    if (!year)
        return year.status();
    if (Status status = fillYear(database, year->id); !status)
        return status.prefixed(tr("Không tạo được trường mẫu"));
    if (Status status = transaction.commit(); !status)
        return status;
    return session.reload();
}

} // namespace sdx::SampleSchool
