#pragma once

// Lets Catch2 print Qt strings in failure messages instead of "{?}". Include
// it before any assertion on QString or QStringView in a test file.

#include <QString>
#include <QStringList>
#include <QStringView>
#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QStringView> {
    static std::string convert(QStringView value) {
        return '"' + value.toString().toStdString() + '"';
    }
};

template <> struct StringMaker<QList<QString>> {
    static std::string convert(const QList<QString> &value) {
        return "{ \"" + QStringList(value).join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};

} // namespace Catch
