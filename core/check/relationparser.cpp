#include "core/check/relationparser.h"

#include "core/model/metriccatalogue.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace juesuan::check {
namespace {

bool isKnownMetric(const QString &metric) {
    return metric == u"$m" || metric == u"*" || model::MetricCatalogue::builtin().find(metric);
}

std::optional<model::Origin> originFromId(QStringView id) {
    for (model::Origin origin :
         {model::Origin::Narrative, model::Origin::Table, model::Origin::Chart})
        if (model::originId(origin) == id)
            return origin;
    return std::nullopt;
}

std::optional<Scope> scopeFromId(QStringView id) {
    struct Name {
        const char16_t *id;
        Scope scope;
    };
    static constexpr Name names[] = {
        {u"single", Scope::Single}, {u"depth", Scope::Depth},
        {u"under", Scope::Under},   {u"children", Scope::Children},
        {u"leaves", Scope::Leaves}, {u"leaves_under", Scope::LeavesUnder},
        {u"all", Scope::All},
    };
    for (const Name &name : names)
        if (id == QStringView(name.id))
            return name.scope;
    return std::nullopt;
}

// A decimal written as a JSON string ("100") or an integral JSON number.
std::optional<model::Decimal> decimalFrom(const QJsonValue &value) {
    if (value.isString())
        return model::Decimal::parse(value.toString());
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return model::Decimal::fromInt(qint64(value.toDouble()));
    return std::nullopt;
}

std::optional<FigureRef> parseRefString(const QString &text, QString *error) {
    static const QRegularExpression pattern(
        QStringLiteral("^(-)?([A-Za-z0-9_.$*]+)(?:@([a-z_]+))?(?:\\[([^\\]]*)\\])?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        *error = QStringLiteral("cannot read term \"%1\" (expected [-]metric[@facet][[subject]])")
                     .arg(text);
        return std::nullopt;
    }
    FigureRef ref;
    ref.sign = match.capturedLength(1) > 0 ? -1 : 1;
    ref.metric = match.captured(2);
    if (match.capturedLength(3) > 0) {
        const auto facet = model::facetFromId(match.captured(3));
        if (!facet) {
            *error = QStringLiteral("unknown facet \"%1\"").arg(match.captured(3));
            return std::nullopt;
        }
        ref.facet = *facet;
    }
    ref.subject = match.captured(4);
    return ref;
}

std::optional<FigureRef> parseRefObject(const QJsonObject &object, QString *error) {
    FigureRef ref;
    if (object.contains(u"constant")) {
        const auto constant = decimalFrom(object.value(u"constant"));
        if (!constant) {
            *error = QStringLiteral("constant must be a decimal written as a string");
            return std::nullopt;
        }
        ref.scope = Scope::Constant;
        ref.constant = *constant;
        ref.sign = object.value(u"sign").toInt(1) < 0 ? -1 : 1;
        return ref;
    }
    ref.metric = object.value(u"metric").toString();
    if (const QString facet = object.value(u"facet").toString(); !facet.isEmpty()) {
        const auto parsed = model::facetFromId(facet);
        if (!parsed) {
            *error = QStringLiteral("unknown facet \"%1\"").arg(facet);
            return std::nullopt;
        }
        ref.facet = *parsed;
    }
    ref.subject = object.value(u"subject").toString();
    if (const QString select = object.value(u"select").toString(); !select.isEmpty()) {
        const auto scope = scopeFromId(select);
        if (!scope) {
            *error = QStringLiteral("unknown select \"%1\"").arg(select);
            return std::nullopt;
        }
        ref.scope = *scope;
    }
    ref.depth = object.value(u"depth").toInt(0);
    if (ref.scope == Scope::Depth && ref.depth < 1) {
        *error = QStringLiteral("select \"depth\" needs \"depth\": N ≥ 1");
        return std::nullopt;
    }
    ref.sign = object.value(u"sign").toInt(1) < 0 ? -1 : 1;
    ref.optional = object.value(u"optional").toBool(false);
    const QString report = object.value(u"report").toString(QStringLiteral("current"));
    if (report == u"previous")
        ref.report = ReportRole::Previous;
    else if (report == u"budget")
        ref.report = ReportRole::Budget;
    else if (report != u"current") {
        *error = QStringLiteral("report must be \"current\", \"previous\" or \"budget\"");
        return std::nullopt;
    }
    if (object.contains(u"origin")) {
        ref.origin = originFromId(object.value(u"origin").toString());
        if (!ref.origin) {
            *error =
                QStringLiteral("unknown origin \"%1\"").arg(object.value(u"origin").toString());
            return std::nullopt;
        }
    }
    return ref;
}

std::optional<QList<FigureRef>> parseRefList(const QJsonValue &value, QString *error) {
    QList<FigureRef> refs;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : array) {
        auto ref = parseFigureRef(item, error);
        if (!ref)
            return std::nullopt;
        refs.append(*ref);
    }
    return refs;
}

QStringList stringList(const QJsonValue &value) {
    QStringList result;
    if (value.isString())
        result.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

std::optional<Binding> parseBinding(const QJsonObject &object, QString *error) {
    Binding binding;
    binding.metrics = stringList(object.value(u"metric"));
    if (binding.metrics.isEmpty()) {
        *error = QStringLiteral("foreach needs \"metric\"");
        return std::nullopt;
    }
    for (const QString &metric : std::as_const(binding.metrics))
        if (!isKnownMetric(metric)) {
            *error = QStringLiteral("unknown metric \"%1\"").arg(metric);
            return std::nullopt;
        }
    const auto facet = model::facetFromId(object.value(u"facet").toString(QStringLiteral("value")));
    if (!facet) {
        *error = QStringLiteral("unknown facet in foreach");
        return std::nullopt;
    }
    binding.facet = *facet;
    if (object.contains(u"depth"))
        binding.depth = object.value(u"depth").toInt();
    binding.withChildren = object.value(u"with_children").toBool(false);
    if (object.contains(u"origin")) {
        binding.origin = originFromId(object.value(u"origin").toString());
        if (!binding.origin) {
            *error = QStringLiteral("unknown origin in foreach");
            return std::nullopt;
        }
    }
    return binding;
}

// Every metric a term names must be in the metric catalogue (or be "$m").
bool checkMetrics(const Relation &relation, QString *error) {
    QList<const FigureRef *> refs{&relation.stated, &relation.collection};
    for (const auto *list : {&relation.parts, &relation.numerator, &relation.denominator,
                             &relation.factors, &relation.divisors})
        for (const FigureRef &ref : *list)
            refs.append(&ref);
    if (relation.cap)
        refs.append(&*relation.cap);
    if (relation.other)
        refs.append(&*relation.other);
    for (const FigureRef *ref : std::as_const(refs))
        if (ref->scope != Scope::Constant && !ref->metric.isEmpty() &&
            !isKnownMetric(ref->metric)) {
            *error = QStringLiteral("unknown metric \"%1\"").arg(ref->metric);
            return false;
        }
    return true;
}

// The terms each form cannot do without.
bool checkForm(const Relation &r, QString *error) {
    const auto need = [error](bool ok, const char16_t *what) {
        if (!ok)
            *error = QStringLiteral("form needs %1").arg(QString::fromUtf16(what));
        return ok;
    };
    const bool hasStated = r.stated.scope == Scope::Constant || !r.stated.metric.isEmpty();
    switch (r.form) {
    case Form::Sum:
        return need(hasStated && !r.parts.isEmpty(), u"\"stated\" and \"parts\"");
    case Form::Ratio:
        return need(hasStated && !r.numerator.isEmpty() && !r.denominator.isEmpty(),
                    u"\"stated\", \"numerator\" and \"denominator\"");
    case Form::Product:
        return need(hasStated && !r.factors.isEmpty(), u"\"stated\" and \"factors\"");
    case Form::Equal:
        return need(hasStated && r.other.has_value(), u"\"stated\" and \"other\"");
    case Form::Twice:
        return need(!r.metrics.isEmpty(), u"\"metrics\"");
    case Form::Count:
        return need(hasStated && !r.collection.metric.isEmpty(), u"\"stated\" and \"collection\"");
    case Form::Direction:
        return need(hasStated, u"\"stated\" (or a foreach)");
    case Form::Phrase:
        return need(hasStated && !r.contains.isEmpty(), u"\"contains\"");
    case Form::Reason:
        return need(hasStated && !r.contains.isEmpty() && !r.parts.isEmpty(),
                    u"\"contains\" and \"parts\"");
    }
    return true;
}

} // namespace

std::optional<FigureRef> parseFigureRef(const QJsonValue &value, QString *error) {
    if (value.isString())
        return parseRefString(value.toString(), error);
    if (value.isObject())
        return parseRefObject(value.toObject(), error);
    *error = QStringLiteral("a term must be a string or an object");
    return std::nullopt;
}

std::optional<Relation> parseRelation(const QJsonObject &object, QString *error) {
    Relation r;
    r.id = object.value(u"id").toString();
    if (r.id.isEmpty()) {
        *error = QStringLiteral("relation without \"id\"");
        return std::nullopt;
    }
    r.family = object.value(u"family").toString();
    const auto severity =
        severityFromId(object.value(u"severity").toString(QStringLiteral("error")));
    const auto form = formFromId(object.value(u"form").toString());
    if (!severity || !form) {
        *error = QStringLiteral("relation \"%1\": unknown severity or form").arg(r.id);
        return std::nullopt;
    }
    r.severity = *severity;
    r.form = *form;
    if (const QString zeroBase = object.value(u"zero_base").toString();
        !zeroBase.isEmpty() && zeroBase != u"skip") {
        r.zeroBaseSeverity = severityFromId(zeroBase);
        if (!r.zeroBaseSeverity) {
            *error = QStringLiteral("relation \"%1\": zero_base takes error, warning, info or skip")
                         .arg(r.id);
            return std::nullopt;
        }
    }
    if (const QString type = object.value(u"report_type").toString(); !type.isEmpty()) {
        if (type == u"final")
            r.reportType = model::ReportType::FinalAccount;
        else if (type == u"budget")
            r.reportType = model::ReportType::Budget;
        else {
            *error = QStringLiteral("relation \"%1\": report_type takes final or budget").arg(r.id);
            return std::nullopt;
        }
    }
    r.zh = object.value(u"zh").toString();
    r.en = object.value(u"en").toString();
    if (r.zh.isEmpty() || r.en.isEmpty()) {
        *error = QStringLiteral("relation \"%1\": needs \"zh\" and \"en\" messages").arg(r.id);
        return std::nullopt;
    }

    const auto fail = [&](const QString &reason) {
        *error = QStringLiteral("relation \"%1\": %2").arg(r.id, reason);
        return std::nullopt;
    };
    QString termError;
    if (object.contains(u"foreach")) {
        r.foreach = parseBinding(object.value(u"foreach").toObject(), &termError);
        if (!r.foreach)
            return fail(termError);
        // The bound figure is the stated one unless the relation says otherwise.
        r.stated.metric = QStringLiteral("$m");
        r.stated.facet = r.foreach->facet;
        r.stated.subject = QStringLiteral("$s");
    }
    const auto single = [&](const char16_t *key, FigureRef *target) {
        if (!object.contains(QStringView(key)))
            return true;
        auto ref = parseFigureRef(object.value(QStringView(key)), &termError);
        if (ref)
            *target = *ref;
        return ref.has_value();
    };
    const auto list = [&](const char16_t *key, QList<FigureRef> *target) {
        if (!object.contains(QStringView(key)))
            return true;
        auto refs = parseRefList(object.value(QStringView(key)), &termError);
        if (refs)
            *target = *refs;
        return refs.has_value();
    };
    FigureRef cap, other;
    if (!single(u"stated", &r.stated) || !single(u"collection", &r.collection) ||
        !single(u"cap", &cap) || !single(u"other", &other) || !list(u"parts", &r.parts) ||
        !list(u"numerator", &r.numerator) || !list(u"denominator", &r.denominator) ||
        !list(u"factors", &r.factors) || !list(u"divisors", &r.divisors))
        return fail(termError);
    if (object.contains(u"cap"))
        r.cap = cap;
    if (object.contains(u"other"))
        r.other = other;
    if (object.contains(u"factor")) {
        const auto factor = decimalFrom(object.value(u"factor"));
        if (!factor)
            return fail(QStringLiteral("factor must be a decimal written as a string"));
        r.factor = *factor;
    }
    r.partial = object.value(u"partial").toBool(false);
    r.metrics = stringList(object.value(u"metrics"));
    r.contains = stringList(object.value(u"contains"));
    r.excludes = stringList(object.value(u"excludes"));
    if (!checkMetrics(r, &termError) || !checkForm(r, &termError))
        return fail(termError);
    return r;
}

} // namespace juesuan::check
