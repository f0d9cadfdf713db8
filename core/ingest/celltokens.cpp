#include "celltokens.h"

#include "model/decimal.h"

#include <QString>

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

} // namespace juesuan::ingest
