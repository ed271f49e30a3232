#pragma once

#include "index/IndexDefinition.h"
#include "index/ScoreReport.h"

#include <QAbstractTableModel>

#include <optional>

namespace sdx {

/// Last year beside this year, group by group and criterion by criterion.
class YearComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CriterionColumn, PreviousColumn, CurrentColumn, ChangeColumn, ColumnCount };

    explicit YearComparisonModel(QObject *parent = nullptr);

    /// `previous` may be missing (first year): its column then stays empty.
    void setReports(const IndexDefinition &index, const ScoreReport &current, const QString &currentName,
                    const std::optional<ScoreReport> &previous, const QString &previousName);
    bool hasPrevious() const { return m_hasPrevious; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString title;
        bool isGroup = false;
        QString previous;
        QString current;
        std::optional<double> change;
    };

    QList<Row> m_rows;
    QString m_currentName;
    QString m_previousName;
    bool m_hasPrevious = false;
};

} // namespace sdx
