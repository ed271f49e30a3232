#pragma once

#include "common/Status.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sdx {

/**
 * The receiving authority as its summary report prints it: a commune/ward People's Committee,
 * a Sở GDĐT, or (for years before 1 July 2025) a Phòng GDĐT. Pure data, entered by the office:
 * the application never guesses an office's name, sign or signer.
 */
struct AuthorityProfile
{
    QString parentLine;        ///< cơ quan chủ quản, IN HOA: "UBND TỈNH ĐẮK NÔNG"; may be empty
    QString name;              ///< tên cơ quan, IN HOA: "UBND XÃ ĐỨC AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK NÔNG"
    QString nameInSentence;    ///< "Ủy ban nhân dân xã Đức An"; empty: `name` as it is
    QString placeName;         ///< địa danh of the date line: "Đức An"
    QString docSign;           ///< ký hiệu: "UBND" gives "Số: 12/BC-UBND"
    QString signingAuthority;  ///< "", "KT.", "TM.", "Q.", "TL.", "TUQ."
    QString headTitle;         ///< the head whose authority is used: "Chủ tịch", "Giám đốc"
    QString signerTitle;       ///< chức vụ of the signer ("Phó Chủ tịch"); empty: the head signs
    QString signerName;
    QStringList recipients;    ///< nơi nhận without dashes; "Lưu: VT" is added when missing

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    /// The name to use inside a sentence.
    QString sentenceName() const;
    /// The same values, trimmed, recipients without blank lines.
    AuthorityProfile normalised() const;
    /// Problems the user must fix, each a full Vietnamese sentence; empty when valid.
    QStringList validate() const;

    /// The JSON shape of `schooldx-cli aggregate --authority FILE.json` (docs/cli.md).
    QJsonObject toJson() const;
    /// Refuses unknown keys and values of the wrong type, so a misspelt key is not silently dropped.
    static Expected<AuthorityProfile> fromJson(const QJsonObject &object);
    /// Reads and validates a profile file.
    static Expected<AuthorityProfile> readFile(const QString &path);

    bool operator==(const AuthorityProfile &other) const;
    bool operator!=(const AuthorityProfile &other) const { return !(*this == other); }
};

} // namespace sdx
