#pragma once

#include "DocumentModel.h"

#include <QString>

namespace sdx {

/**
 * A stable, readable text form of the block tree: golden files compare it, and a reviewer can read
 * a change of content or of layout in a diff. One line per paragraph, row and cell.
 */
namespace DocumentDump {

QString toText(const doc::Document &document);

} // namespace DocumentDump
} // namespace sdx
