#pragma once

#include <QCoreApplication>

namespace juesuan::i18n {

// tr() for the free functions of a namespace. lupdate files a tr() call made
// outside any class under the name of the namespace around it; a source file
// declares, in that namespace,
//
//     constexpr i18n::NamespaceTr tr{"juesuan::ingest"};
//
// so that its tr("…") calls look the text up under that same context.
struct NamespaceTr {
    const char *context;

    QString operator()(const char *text) const {
        return QCoreApplication::translate(context, text);
    }
};

} // namespace juesuan::i18n
