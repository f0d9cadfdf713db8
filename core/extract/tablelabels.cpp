#include "core/extract/tablelabels.h"

#include <QRegularExpression>

namespace juesuan::extract {

QString normalizedLabel(QStringView label) {
    QString text;
    text.reserve(label.size());
    for (QChar c : label)
        if (!c.isSpace() && c != u'“' && c != u'”' && c != u'"' && c != u'‘' && c != u'’')
            text.append(c);
    static const QRegularExpression numbering(
        QStringLiteral("^(?:其中[：:]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]"
                       "+[）)]|\\d+[、.．](?!\\d))+"));
    text.remove(numbering);
    while (text.endsWith(u'：') || text.endsWith(u':'))
        text.chop(1);
    return text;
}

QString labelWithoutNotes(QStringView label) {
    static const QRegularExpression notes(QStringLiteral("[（(][^）)]*[）)]"));
    return normalizedLabel(label).remove(notes);
}

QString canonicalClassName(QStringView name) {
    QString text = normalizedLabel(name);
    if (text.endsWith(u"（类）") || text.endsWith(u"(类)"))
        text.chop(3);
    else if (text.endsWith(u'类') && text.size() > 2)
        text.chop(1);
    if (text.endsWith(u"支出") && text.size() > 3)
        text.chop(2);
    return text;
}

} // namespace juesuan::extract
