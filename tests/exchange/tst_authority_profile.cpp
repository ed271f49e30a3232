// The receiving authority's profile: validation, the JSON file of `aggregate --authority`, the
// workspace repository (table authority_profile of schema step 7) and the migration to it.
#include "SummaryReportSupport.h"

#include "exchange/AuthorityProfileRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestAuthorityProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void validation()
    {
        QVERIFY(test::communeProfile().validate().isEmpty());
        AuthorityProfile empty;
        const QStringList problems = empty.validate();
        QCOMPARE(problems.size(), 4);  // name, place, sign, head's title
        QVERIFY(problems.first().contains(QStringLiteral("tên cơ quan")));
        AuthorityProfile slash = test::communeProfile();
        slash.docSign = QStringLiteral("BC-UBND/XA");
        QVERIFY(slash.validate().join(u' ').contains(QStringLiteral("\"/\"")));
        AuthorityProfile authority = test::communeProfile();
        authority.signingAuthority = QStringLiteral("XX.");
        QVERIFY(authority.validate().join(u' ').contains(QStringLiteral("XX.")));
        AuthorityProfile unnamed = test::communeProfile();
        unnamed.nameInSentence.clear();
        QCOMPARE(unnamed.sentenceName(), QStringLiteral("UBND XÃ ĐỨC AN"));
    }

    void jsonRoundTripAndStrictKeys()
    {
        const AuthorityProfile profile = test::communeProfile();
        const QJsonObject json = profile.toJson();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("UBND XÃ ĐỨC AN"));
        QCOMPARE(json.value(QStringLiteral("recipients")).toArray().size(), 2);
        const Expected<AuthorityProfile> back = AuthorityProfile::fromJson(json);
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(*back, profile);

        QJsonObject misspelt = json;
        misspelt.insert(QStringLiteral("signer"), QStringLiteral("x"));
        const Expected<AuthorityProfile> refused = AuthorityProfile::fromJson(misspelt);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("\"signer\"")));
        QJsonObject wrongType = json;
        wrongType.insert(QStringLiteral("recipients"), QStringLiteral("Sở GDĐT"));
        QVERIFY(!AuthorityProfile::fromJson(wrongType));
        wrongType = json;
        wrongType.insert(QStringLiteral("name"), 3);
        QVERIFY(!AuthorityProfile::fromJson(wrongType));
    }

    void readFile()
    {
        const QString good = writeFile(QStringLiteral("xa.json"), QJsonDocument(test::communeProfile().toJson()).toJson());
        const Expected<AuthorityProfile> profile = AuthorityProfile::readFile(good);
        QVERIFY2(profile, qPrintable(profile.message()));
        QCOMPARE(profile->signerName, QStringLiteral("Nguyễn Văn Bình"));

        const QString broken = writeFile(QStringLiteral("hong.json"), "{\"name\": ");
        const Expected<AuthorityProfile> bad = AuthorityProfile::readFile(broken);
        QVERIFY(!bad);
        QVERIFY2(bad.message().contains(QStringLiteral("hong.json")), qPrintable(bad.message()));
        const QString incomplete = writeFile(QStringLiteral("thieu.json"), "{\"name\": \"UBND XÃ A\"}");
        const Expected<AuthorityProfile> partial = AuthorityProfile::readFile(incomplete);
        QVERIFY(!partial);
        QVERIFY2(partial.message().contains(QStringLiteral("địa danh")), qPrintable(partial.message()));
        QVERIFY(!AuthorityProfile::readFile(m_dir.filePath(QStringLiteral("khong-co.json"))));
    }

    void repositoryRoundTrip()
    {
        auto database = Database::open(m_dir.filePath(QStringLiteral("nhan.sqlite")));
        QVERIFY2(database, qPrintable(database.message()));
        AuthorityProfileRepository repository(**database);
        const Expected<std::optional<AuthorityProfile>> none = repository.load();
        QVERIFY(none);
        QVERIFY(!none->has_value());

        AuthorityProfile profile = test::communeProfile();
        profile.name = QStringLiteral("  UBND XÃ ĐỨC AN ");
        profile.recipients << QStringLiteral("   ");
        QVERIFY(repository.save(profile));
        const Expected<std::optional<AuthorityProfile>> stored = repository.load();
        QVERIFY(stored && stored->has_value());
        QCOMPARE(**stored, test::communeProfile());  // trimmed, blank recipient dropped

        AuthorityProfile changed = test::communeProfile();
        changed.signingAuthority.clear();
        changed.signerTitle.clear();
        changed.signerName = QStringLiteral("Trần Thị Cúc");
        QVERIFY(repository.save(changed));
        QCOMPARE(repository.load()->value(), changed);
        SqlQuery count(**database, QStringLiteral("SELECT COUNT(*) FROM authority_profile"));
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), 1);

        AuthorityProfile invalid = changed;
        invalid.docSign.clear();
        const Status refused = repository.save(invalid);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("ký hiệu")));
        QCOMPARE(repository.load()->value(), changed);  // unchanged
    }

    void migrationFromStepSix()
    {
        QVERIFY(Migrations::latestVersion() >= 7);
        const QString file = m_dir.filePath(QStringLiteral("v6.sqlite"));
        {
            auto old = Database::openAtVersion(file, 6);
            QVERIFY2(old, qPrintable(old.message()));
            QVERIFY(!(*old)->exec(QStringLiteral("SELECT 1 FROM authority_profile")));
        }
        auto database = Database::open(file);
        QVERIFY2(database, qPrintable(database.message()));
        QCOMPARE((*database)->schemaVersion(), Migrations::latestVersion());
        QVERIFY(AuthorityProfileRepository(**database).save(test::communeProfile()));
        // One row only: the workspace belongs to one office.
        QVERIFY(!(*database)->exec(QStringLiteral("INSERT INTO authority_profile (id, name) VALUES (2, 'X')")));
        QVERIFY(!(*database)->exec(QStringLiteral("UPDATE authority_profile SET name = '  ' WHERE id = 1")));
    }
};

QTEST_GUILESS_MAIN(TestAuthorityProfile)
#include "tst_authority_profile.moc"
