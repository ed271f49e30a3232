#include "documents/DocumentDraft.h"
#include "documents/DocumentMetaRepository.h"
#include "documents/DocumentSamples.h"
#include "documents/LegalBasisCatalogue.h"
#include "documents/LegalBasisRepository.h"
#include "documents/NarrativeDefaults.h"
#include "documents/NarrativeRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

/// What the school keeps per year for its documents: edited texts, căn cứ, number, date and signer.
class TestDocumentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_year = 0;

    int count(const QString &table)
    {
        SqlQuery query(*m_db, QStringLiteral("SELECT count(*) FROM ") + table);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        static int counter = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("docs-%1.sqlite").arg(++counter)));
        QVERIFY2(db, qPrintable(db.message()));
        m_db = std::move(db.value());
        const auto year = YearRepository(*m_db).create(QStringLiteral("2022-2023"));
        QVERIFY2(year, qPrintable(year.message()));
        m_year = year->id;
    }

    void narrativeEditsAreKeptAndReset()
    {
        NarrativeRepository repository(*m_db);
        const QString fallback = QStringLiteral("Mặc định.");
        QVERIFY(repository.save(m_year, DocumentKind::Plan, QStringLiteral("muc_dich"), QStringLiteral("Mục đích của trường.\r\n- Ý hai  \n\n"), fallback));
        QVERIFY(repository.save(m_year, DocumentKind::Plan, QStringLiteral("yeu_cau"), QStringLiteral("Yêu cầu riêng.")));
        QVERIFY(repository.save(m_year, DocumentKind::SelfAssessmentReport, QStringLiteral("muc_dich"), QStringLiteral("Khác.")));
        auto edits = repository.edits(m_year, DocumentKind::Plan);
        QVERIFY(edits);
        QCOMPARE(edits->size(), 2);
        QCOMPARE(edits->value(QStringLiteral("muc_dich")), QStringLiteral("Mục đích của trường.\n- Ý hai"));

        // Editing again replaces; typing the default back removes the edit.
        QVERIFY(repository.save(m_year, DocumentKind::Plan, QStringLiteral("muc_dich"), QStringLiteral("Lần hai."), fallback));
        QCOMPARE(repository.edits(m_year, DocumentKind::Plan)->value(QStringLiteral("muc_dich")), QStringLiteral("Lần hai."));
        QVERIFY(repository.save(m_year, DocumentKind::Plan, QStringLiteral("muc_dich"), QStringLiteral("Mặc định.\n"), fallback));
        QVERIFY(!repository.edits(m_year, DocumentKind::Plan)->contains(QStringLiteral("muc_dich")));

        QVERIFY(repository.reset(m_year, DocumentKind::Plan, QStringLiteral("yeu_cau")));
        QVERIFY(repository.edits(m_year, DocumentKind::Plan)->isEmpty());
        QCOMPARE(repository.edits(m_year, DocumentKind::SelfAssessmentReport)->size(), 1);
        QVERIFY(repository.resetAll(m_year, DocumentKind::SelfAssessmentReport));
        QCOMPARE(count(QStringLiteral("document_narrative")), 0);
        QVERIFY(!repository.save(m_year, DocumentKind::Plan, QString(), QStringLiteral("x")));
    }

    void editsSurviveReopening()
    {
        const QString path = m_db->path();
        QVERIFY(NarrativeRepository(*m_db).save(m_year, DocumentKind::YearReport, QStringLiteral("han_che"), QStringLiteral("Thiếu máy.")));
        m_db.reset();
        auto db = Database::open(path);
        QVERIFY(db);
        m_db = std::move(db.value());
        QCOMPARE(NarrativeRepository(*m_db).edits(m_year, DocumentKind::YearReport)->value(QStringLiteral("han_che")),
                 QStringLiteral("Thiếu máy."));
    }

    void ownBasesAndSelection()
    {
        LegalBasisRepository repository(*m_db);
        const LegalBasisCatalogue &catalogue = LegalBasisCatalogue::builtIn();
        // Nothing chosen yet: the catalogue's defaults.
        auto bases = repository.selectedOrDefault(m_year, DocumentKind::Plan, catalogue, QStringLiteral("tieu-hoc"), 2022);
        QVERIFY(bases);
        QCOMPARE(bases.value(), catalogue.defaultBases(DocumentKind::Plan, QStringLiteral("tieu-hoc"), 2022));

        const LegalBasis province{{}, QStringLiteral("Công văn"), QStringLiteral("1470/SGDĐT-VP"), QDate(2022, 9, 16),
                                  QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Đắk Nông"), QStringLiteral("về việc hướng dẫn …")};
        const auto added = repository.addOwn(province);
        QVERIFY2(added, qPrintable(added.message()));
        QVERIFY(added->key.startsWith(QStringLiteral("own:")));
        QVERIFY(repository.saveSelection(m_year, DocumentKind::Plan, {QStringLiteral("qd-4725-2022"), added->key,
                                                                      QStringLiteral("own:999"), QStringLiteral("khong-ton-tai")}));
        QCOMPARE(repository.selectionKeys(m_year, DocumentKind::Plan)->value().size(), 3); // own:999 is not in this file
        bases = repository.selectedOrDefault(m_year, DocumentKind::Plan, catalogue, QStringLiteral("tieu-hoc"), 2022);
        QVERIFY(bases);
        QCOMPARE(bases->size(), 2);
        QCOMPARE(bases->at(0).number, QStringLiteral("4725/QĐ-BGDĐT"));
        QCOMPARE(bases->at(1).number, QStringLiteral("1470/SGDĐT-VP"));

        LegalBasis edited = added.value();
        edited.number = QStringLiteral("1471/SGDĐT-VP");
        QVERIFY(repository.updateOwn(edited));
        QCOMPARE(repository.ownBases()->first().number, QStringLiteral("1471/SGDĐT-VP"));

        // An empty choice is remembered: the defaults do not come back.
        QVERIFY(repository.saveSelection(m_year, DocumentKind::SemesterReport, {}));
        QVERIFY(repository.selectedOrDefault(m_year, DocumentKind::SemesterReport, catalogue, QString(), 2022)->isEmpty());

        // Removing an own entry drops it from the documents citing it.
        QVERIFY(repository.removeOwn(added->key));
        QCOMPARE(repository.selectionKeys(m_year, DocumentKind::Plan)->value(), (QStringList{QStringLiteral("qd-4725-2022"), QStringLiteral("khong-ton-tai")}));
    }

    void invalidOwnBasisIsRefused()
    {
        const auto refused = LegalBasisRepository(*m_db).addOwn(LegalBasis{});
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("loại văn bản")));
        QVERIFY(refused.message().contains(QStringLiteral("số, ký hiệu")));
        QCOMPARE(count(QStringLiteral("legal_basis_own")), 0);
    }

    void metaRoundTrip()
    {
        DocumentMetaRepository repository(*m_db);
        QVERIFY(!repository.load(m_year, DocumentKind::Plan)->has_value());
        DocumentMeta meta;
        meta.number = 18;
        meta.date = QDate(2023, 2, 16);
        meta.signingAuthority = QStringLiteral("KT.");
        meta.signerTitle = QStringLiteral("Phó Hiệu trưởng");
        meta.signerName = QStringLiteral("Trần Văn B");
        QVERIFY(repository.save(m_year, DocumentKind::Plan, meta));
        const auto loaded = repository.load(m_year, DocumentKind::Plan);
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE((*loaded)->number, 18);
        QCOMPARE((*loaded)->date, QDate(2023, 2, 16));
        QCOMPARE((*loaded)->signingAuthority, QStringLiteral("KT."));
        QCOMPARE((*loaded)->signerName, QStringLiteral("Trần Văn B"));
        meta.date = QDate();
        QVERIFY(repository.save(m_year, DocumentKind::Plan, meta));
        QVERIFY(!(*repository.load(m_year, DocumentKind::Plan))->date.isValid());
        meta.signingAuthority = QStringLiteral("XYZ");
        const Status refused = repository.save(m_year, DocumentKind::Plan, meta);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("Quyền hạn ký")));
    }

    void copyForwardCarriesTextsAndBasesNotNumbers()
    {
        QVERIFY(NarrativeRepository(*m_db).save(m_year, DocumentKind::Plan, QStringLiteral("han_che"), QStringLiteral("Thiếu máy.")));
        QVERIFY(LegalBasisRepository(*m_db).saveSelection(m_year, DocumentKind::Plan, {QStringLiteral("qd-4725-2022")}));
        DocumentMeta meta;
        meta.number = 18;
        QVERIFY(DocumentMetaRepository(*m_db).save(m_year, DocumentKind::Plan, meta));
        const auto next = YearRepository(*m_db).copyForward(m_year, QStringLiteral("2023-2024"));
        QVERIFY2(next, qPrintable(next.message()));
        QCOMPARE(NarrativeRepository(*m_db).edits(next->id, DocumentKind::Plan)->value(QStringLiteral("han_che")), QStringLiteral("Thiếu máy."));
        QCOMPARE(LegalBasisRepository(*m_db).selectionKeys(next->id, DocumentKind::Plan)->value(), QStringList{QStringLiteral("qd-4725-2022")});
        QVERIFY(!DocumentMetaRepository(*m_db).load(next->id, DocumentKind::Plan)->has_value());
    }

    void draftRoundTripAndApply()
    {
        DocumentInput data = DocumentSamples::seed002Plan();
        // Bases the adapters bring are taken as they are…
        QCOMPARE(DocumentDraft::fresh(DocumentKind::Plan, data).basisKeys.size(), data.bases.size());
        // …without them, the catalogue's defaults for the school and year.
        data.bases.clear();
        DocumentDraftStore store(*m_db);
        auto draft = store.load(m_year, DocumentKind::Plan, data);
        QVERIFY2(draft, qPrintable(draft.message()));
        // Never stored: the data's number and date, the catalogue's căn cứ, no edits.
        QCOMPARE(draft->meta.number, 18);
        QCOMPARE(draft->basisKeys, (QStringList{QStringLiteral("tt-28-2020"), QStringLiteral("cv-4267-2022"),
                                                QStringLiteral("qd-131-2022"), QStringLiteral("qd-4725-2022")}));
        QVERIFY(draft->edits.isEmpty());

        draft->meta.number = 20;
        draft->basisKeys.removeAll(QStringLiteral("qd-131-2022"));
        draft->setText(QStringLiteral("muc_dich"), QStringLiteral("Mục đích riêng."), data);
        draft->setText(QStringLiteral("yeu_cau"), draft->text(QStringLiteral("yeu_cau"), data) + QStringLiteral("\n"), data);
        QVERIFY(draft->isEdited(QStringLiteral("muc_dich")));
        QVERIFY(!draft->isEdited(QStringLiteral("yeu_cau"))); // the default typed back is no edit
        QVERIFY(store.save(m_year, draft.value(), data));

        auto again = store.load(m_year, DocumentKind::Plan, data);
        QVERIFY(again);
        QCOMPARE(again->meta.number, 20);
        QCOMPARE(again->basisKeys.size(), 3);
        QCOMPARE(again->edits.value(QStringLiteral("muc_dich")), QStringLiteral("Mục đích riêng."));
        QCOMPARE(again->edits.size(), 1);

        const DocumentInput applied = again->apply(data, {});
        QCOMPARE(applied.meta.number, 20);
        QCOMPARE(applied.bases.size(), 3);
        QCOMPARE(applied.bases.last().number, QStringLiteral("4725/QĐ-BGDĐT"));
        QVERIFY(applied.meta.recipients.isEmpty());
        QCOMPARE(applied.narratives.value(QStringLiteral("muc_dich")), QStringLiteral("Mục đích riêng."));
        QCOMPARE(applied.narratives.value(QStringLiteral("nhan_luc")), data.narratives.value(QStringLiteral("nhan_luc")));

        again->reset(QStringLiteral("muc_dich"));
        QVERIFY(store.save(m_year, again.value(), data));
        QVERIFY(NarrativeRepository(*m_db).edits(m_year, DocumentKind::Plan)->isEmpty());
    }

    void deletingAYearDeletesItsDocumentData()
    {
        QVERIFY(NarrativeRepository(*m_db).save(m_year, DocumentKind::Plan, QStringLiteral("han_che"), QStringLiteral("x")));
        QVERIFY(YearRepository(*m_db).remove(m_year));
        QCOMPARE(count(QStringLiteral("document_narrative")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_document_store.moc"
