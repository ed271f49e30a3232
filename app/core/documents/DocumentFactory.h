#pragma once

#include "DocumentInput.h"
#include "DocumentKind.h"
#include "DocumentModel.h"

#include <QStringList>

namespace sdx {

/// One entry point for every document: the builder that matches `kind`.
namespace DocumentFactory {

doc::Document build(DocumentKind kind, const DocumentInput &input);
/// The editable sections of a document, in printed order.
QStringList narrativeKeys(DocumentKind kind);

} // namespace DocumentFactory
} // namespace sdx
