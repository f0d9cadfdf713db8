#include "core/model/quantity.h"

namespace juesuan::model {

int yuanExponent(MoneyUnit unit) {
    switch (unit) {
    case MoneyUnit::WanYuan:
        return 4;
    case MoneyUnit::YiYuan:
        return 8;
    case MoneyUnit::Yuan:
    case MoneyUnit::None:
        break;
    }
    return 0;
}

Decimal Quantity::inYuan() const {
    return m_value.shifted(yuanExponent(m_unit));
}

Decimal Quantity::in(MoneyUnit unit) const {
    return m_value.shifted(yuanExponent(m_unit) - yuanExponent(unit));
}

Decimal Quantity::valueIn(MoneyUnit unit) const {
    if (m_kind != QuantityKind::Money || m_unit == MoneyUnit::None || unit == MoneyUnit::None)
        return m_value;
    return in(unit);
}

QString unitSymbol(MoneyUnit unit) {
    switch (unit) {
    case MoneyUnit::Yuan:
        return QStringLiteral("元");
    case MoneyUnit::WanYuan:
        return QStringLiteral("万元");
    case MoneyUnit::YiYuan:
        return QStringLiteral("亿元");
    case MoneyUnit::None:
        break;
    }
    return {};
}

QString moneyUnitLabel(MoneyUnit unit, i18n::Language language) {
    const char *label = nullptr;
    switch (unit) {
    case MoneyUnit::Yuan:
        label = QT_TRANSLATE_NOOP("MoneyUnit", "yuan");
        break;
    case MoneyUnit::WanYuan:
        label = QT_TRANSLATE_NOOP("MoneyUnit", "10k yuan");
        break;
    case MoneyUnit::YiYuan:
        label = QT_TRANSLATE_NOOP("MoneyUnit", "100m yuan");
        break;
    case MoneyUnit::None:
        break;
    }
    return label ? i18n::translate(language, "MoneyUnit", label) : QString();
}

MoneyUnit unitFromSymbol(QStringView symbol) {
    if (symbol == u"万元" || symbol == u"万")
        return MoneyUnit::WanYuan;
    if (symbol == u"元")
        return MoneyUnit::Yuan;
    if (symbol == u"亿元" || symbol == u"亿")
        return MoneyUnit::YiYuan;
    return MoneyUnit::None;
}

QString unitId(MoneyUnit unit) {
    switch (unit) {
    case MoneyUnit::Yuan:
        return QStringLiteral("yuan");
    case MoneyUnit::WanYuan:
        return QStringLiteral("wanyuan");
    case MoneyUnit::YiYuan:
        return QStringLiteral("yiyuan");
    case MoneyUnit::None:
        break;
    }
    return {};
}

QString kindId(QuantityKind kind) {
    switch (kind) {
    case QuantityKind::Money:
        return QStringLiteral("money");
    case QuantityKind::Percent:
        return QStringLiteral("percent");
    case QuantityKind::Count:
        return QStringLiteral("count");
    case QuantityKind::Score:
        return QStringLiteral("score");
    }
    return {};
}

QString Quantity::toDisplayString() const {
    switch (m_kind) {
    case QuantityKind::Money:
        return m_value.toString() + u' ' + unitSymbol(m_unit);
    case QuantityKind::Percent:
        return m_value.toString() + u'%';
    case QuantityKind::Count:
    case QuantityKind::Score:
        break;
    }
    return m_value.toString();
}

} // namespace juesuan::model
