#include "core/ingest/celltokens.h"

#include "core/model/decimal.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace juesuan::ingest {

bool isAmountToken(QStringView text) {
    QString token = text.toString();
    token.remove(u' ');
    if (token.endsWith(u'%'))
        token.chop(1);
    return !token.isEmpty() && model::Decimal::parse(token).has_value();
}

bool isCodeToken(QStringView text) {
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() < 2 || trimmed.size() > 9)
        return false;
    for (QChar c : trimmed)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool isColumnNumberRow(const QStringList &texts) {
    const auto squeezed = [](QString text) {
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
        return text;
    };
    static const QRegularExpression marker(
        QStringLiteral("^(栏次|行次|栏号|序号|\\*+|—+|-+|[A-Za-z]|甲|乙|丙)$"));
    int last = 0, numbers = 0;
    bool marked = false;
    for (const QString &raw : texts) {
        const QString text = squeezed(raw);
        if (text.isEmpty())
            continue;
        if (marker.match(text).hasMatch()) {
            marked = true;
            continue;
        }
        bool ok = false;
        const int value = text.toInt(&ok);
        // Calculated columns are numbered with their formula: "4=5+6".
        const int formula = text.section(u'=', 0, 0).toInt(&ok);
        if (!ok)
            return false;
        const int number = text.contains(u'=') ? formula : value;
        if (number <= last && number != 1)
            return false;
        last = number;
        ++numbers;
    }
    return numbers >= 3 || (numbers >= 1 && marked);
}

} // namespace juesuan::ingest
