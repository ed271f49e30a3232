#pragma once

#include "DocumentKind.h"
#include "common/Status.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sdx {

struct DocumentInput;

/// One editable part of a document's text, with its default.
struct NarrativeSection
{
    QString key;    ///< stable key: "muc_dich", "han_che", …
    QString title;  ///< where it goes, shown beside the editor: "I.1. Mục đích"
    QString text;   ///< the default text, with {placeholders}
};

/**
 * The default texts of each document (resources/documents/narratives/<code>.txt), taken from or
 * inspired by real school documents. A school edits them per year (NarrativeRepository); what it
 * has not edited follows these defaults, with the school's names filled in.
 *
 * File format: a line "=== key | title" starts a section; the lines up to the next one are its
 * text; lines starting with "#" before the first section are comments.
 * Placeholders: {Truong} the school's name, {truong} the same starting in lower case,
 * {nam_hoc} the school year, {cap_tren} the managing authority, {nhan_su_cntt} the staff in
 * charge of IT, {hieu_truong} the principal.
 */
class NarrativeDefaults final
{
public:
    static const NarrativeDefaults &builtIn();
    static Expected<QList<NarrativeSection>> parse(const QString &text, const QString &sourceName);

    QList<NarrativeSection> sections(DocumentKind kind) const;
    /// The default text with its placeholders, or an empty string for an unknown key.
    QString rawText(DocumentKind kind, const QString &key) const;
    /// The default text with the school's values filled in.
    QString text(DocumentKind kind, const QString &key, const DocumentInput &input) const;
    /// The text a document prints: the school's edit if `input.narratives` has one, else the default.
    QString effective(DocumentKind kind, const QString &key, const DocumentInput &input) const;

    static QMap<QString, QString> placeholders(const DocumentInput &input);
    static QString substitute(const QString &text, const QMap<QString, QString> &values);

private:
    QMap<DocumentKind, QList<NarrativeSection>> m_sections;
};

} // namespace sdx
