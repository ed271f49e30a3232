#include "school/SchoolRepository.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestSchoolProfile : public QObject
{
    Q_OBJECT

    static SchoolProfile sample()
    {
        SchoolProfile profile;
        profile.name = QStringLiteral("Trường Tiểu học Chu Văn An");
        profile.code = QStringLiteral("67000123");
        profile.level = SchoolLevel::TieuHoc;
        profile.authority = QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG");
        profile.placeName = QStringLiteral("Đức An");
        profile.docSign = QStringLiteral("THCVA");
        profile.principalName = QStringLiteral("Nguyễn Thị Hường");
        profile.principalTitle = QStringLiteral("Hiệu trưởng");
        profile.itStaff = {{QStringLiteral("Vũ Thị Minh Thảo"), QStringLiteral("Giáo viên Tin học"),
                            QStringLiteral("0912 345 678"), QStringLiteral("thao@example.edu.vn")},
                           {QStringLiteral("Huỳnh Thị Thanh"), QStringLiteral("Phó Hiệu trưởng"), {}, {}}};
        profile.address = QStringLiteral("Thôn 3, xã Đức An, huyện Đăk Song, tỉnh Đắk Nông");
        profile.email = QStringLiteral("c1chuvanands@gmail.com");
        return profile;
    }

private slots:
    void roundTripKeepsVietnameseText()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            SchoolRepository repository(**db);
            auto empty = repository.load();
            QVERIFY(empty);
            QVERIFY(!empty->has_value());
            { const Status saved = repository.save(sample()); QVERIFY2(saved, qPrintable(saved.message())); }
        }
        auto db = Database::open(file);
        QVERIFY(db);
        auto loaded = SchoolRepository(**db).load();
        QVERIFY(loaded);
        QVERIFY(loaded->has_value());
        QCOMPARE(loaded->value().name, sample().name);
        QCOMPARE(loaded->value().authority, QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG"));
        QCOMPARE(loaded->value().itStaff.size(), 2);
        QVERIFY(loaded->value() == sample());
    }

    void saveReplacesStaffList()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db);
        SchoolRepository repository(**db);
        QVERIFY(repository.save(sample()));
        SchoolProfile changed = sample();
        changed.itStaff.removeFirst();
        changed.authority = QStringLiteral("UBND XÃ ĐỨC AN");
        QVERIFY(repository.save(changed));
        auto loaded = repository.load();
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE(loaded->value().itStaff.size(), 1);
        QCOMPARE(loaded->value().authority, QStringLiteral("UBND XÃ ĐỨC AN"));
    }

    void invalidProfileIsRefusedAndNothingSaved()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("v.sqlite")));
        QVERIFY(db);
        SchoolProfile bad = sample();
        bad.name.clear();
        bad.email = QStringLiteral("not-an-email");
        const Status status = SchoolRepository(**db).save(bad);
        QVERIFY(!status);
        QVERIFY(status.message().contains(QStringLiteral("Chưa nhập tên trường")));
        QVERIFY(status.message().contains(QStringLiteral("not-an-email")));
        auto loaded = SchoolRepository(**db).load();
        QVERIFY(loaded && !loaded->has_value());
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sign with space") << "docSign" << "TH CVA" << "Ký hiệu văn bản";
        QTest::newRow("sign lower case") << "docSign" << "thcva" << "Ký hiệu văn bản";
        QTest::newRow("no authority") << "authority" << "" << "cơ quan chủ quản";
        QTest::newRow("no place") << "placeName" << "" << "địa danh";
    }

    void validationMessages()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        SchoolProfile profile = sample();
        if (field == QLatin1String("docSign"))
            profile.docSign = value;
        else if (field == QLatin1String("authority"))
            profile.authority = value;
        else
            profile.placeName = value;
        const QStringList problems = profile.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
    }

    void levelCodesRoundTrip()
    {
        for (SchoolLevel level : SchoolLevels::all()) {
            bool ok = false;
            QCOMPARE(SchoolLevels::fromCode(SchoolLevels::code(level), &ok), level);
            QVERIFY(ok);
        }
        bool ok = true;
        SchoolLevels::fromCode(QStringLiteral("mam-non"), &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestSchoolProfile)
#include "tst_school_profile.moc"
