#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sdx {

/// DOCX and ODT are ZIP packages of XML parts; this builds them in memory and reads them back.
namespace ZipPackage {

struct Part
{
    QString name;
    QByteArray data;
    bool stored = false;  ///< not compressed (ODF's "mimetype" must be stored and first)
};

/// The package as bytes, parts in the given order.
Expected<QByteArray> build(const QList<Part> &parts);
/// Every part of a package file, in archive order, with `stored` telling how it was kept.
Expected<QList<Part>> read(const QString &path);
Expected<QList<Part>> read(const QByteArray &package);

} // namespace ZipPackage
} // namespace sdx
