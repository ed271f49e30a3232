#include "school/SchoolProfileModel.h"
#include "school/StaffTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

class TestProfileModels : public QObject
{
    Q_OBJECT

private slots:
    void profileModelEditsFields()
    {
        SchoolProfileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &SchoolProfileModel::edited);
        QVERIFY(model.setData(model.index(0, SchoolProfileModel::Name), QStringLiteral("Trường THCS Lê Lợi")));
        QVERIFY(model.setData(model.index(0, SchoolProfileModel::DocSign), QStringLiteral("thcsll")));
        QVERIFY(model.setData(model.index(0, SchoolProfileModel::Level), 1));
        QCOMPARE(model.profile().name, QStringLiteral("Trường THCS Lê Lợi"));
        QCOMPARE(model.profile().docSign, QStringLiteral("THCSLL"));
        QCOMPARE(model.profile().level, SchoolLevel::Thcs);
        QCOMPARE(model.data(model.index(0, SchoolProfileModel::Level)).toString(), QStringLiteral("Trung học cơ sở"));
        QCOMPARE(edited.count(), 3);
        // Same value again: not an edit.
        QVERIFY(!model.setData(model.index(0, SchoolProfileModel::Name), QStringLiteral("Trường THCS Lê Lợi")));
        QVERIFY(!model.setData(model.index(0, SchoolProfileModel::Level), 99));
        QCOMPARE(edited.count(), 3);
    }

    void staffModelAddsEditsRemoves()
    {
        StaffTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEmptyRow();
        QVERIFY(model.setData(model.index(0, StaffTableModel::Name), QStringLiteral("Huỳnh Thị Thanh")));
        model.appendEmptyRow();
        QCOMPARE(model.rowCount(), 2);
        model.removeStaffRow(1);
        QCOMPARE(model.staff().size(), 1);
        QCOMPARE(model.staff().first().name, QStringLiteral("Huỳnh Thị Thanh"));
        model.removeStaffRow(5); // out of range: ignored
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestProfileModels)
#include "tst_profile_models.moc"
