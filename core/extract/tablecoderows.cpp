#include "core/extract/tablecoderows.h"

#include "core/extract/tablelabels.h"

#include <QRegularExpression>

namespace juesuan::extract {
namespace {

const QRegularExpression &leadingCode() {
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*[\\[【［]?(\\d{3}(?:\\d{2}){0,2})[\\]】］]?(?=\\s|\\D|$)[\\s\\-—－_]*"));
    return pattern;
}

int depthOf(const QString &code) {
    switch (code.size()) {
    case 3:
        return 1;
    case 5:
        return 2;
    case 7:
        return 3;
    default:
        return 0;
    }
}

} // namespace

CodedRowReader::CodedRowReader(const TableView &view, const TableBlock &block, CodeKind kind,
                               const TableCatalogue &catalogue)
    : m_view(view)
    , m_block(block)
    , m_kind(kind)
    , m_catalogue(catalogue) {}

QString CodedRowReader::label(int row) const {
    QString text =
        m_block.labelColumn < 0 ? QString() : m_view.cell(row, m_block.labelColumn).trimmed();
    // A 合计 merged over the code columns stands in the first of them.
    for (int column : m_block.codeColumns)
        if (text.isEmpty())
            text = m_view.cell(row, column).trimmed();
    return text.remove(leadingCode());
}

QString CodedRowReader::codeOf(int row) const {
    if (m_block.codeColumns.isEmpty()) {
        if (m_block.labelColumn < 0)
            return {};
        return leadingCode().match(m_view.cell(row, m_block.labelColumn)).captured(1);
    }
    // Separate columns: "201 | 06 | 01"; a blank upper column takes the
    // code of the row above at that level ("   | 06 |   " under 201).
    QString code;
    bool started = false;
    for (qsizetype i = 0; i < m_block.codeColumns.size(); ++i) {
        const QString part = m_view.cell(row, m_block.codeColumns[i]).trimmed();
        if (part.isEmpty()) {
            if (started)
                break;
            continue;
        }
        if (!started && i > 0) {
            if (m_codes.size() < i || m_codes[i - 1].isEmpty())
                return {};
            code = m_codes[i - 1];
        }
        started = true;
        code += part;
    }
    // A single code column may hold the full code already.
    return code;
}

std::optional<CodedRow> CodedRowReader::read(int row) {
    const QString code = codeOf(row);
    const int depth = depthOf(code);
    if (depth == 0)
        return std::nullopt;
    QString name = normalizedLabel(label(row));
    if (depth == 1) {
        if (name.isEmpty())
            name = m_catalogue.className(m_kind, code);
        // The functional 类 go by their canonical name, as in the narrative.
        if (m_kind == CodeKind::Function)
            name = canonicalClassName(name);
    }
    if (name.isEmpty())
        name = code;
    m_codes.resize(depth);
    m_names.resize(depth);
    m_codes[depth - 1] = code;
    m_names[depth - 1] = name;
    // A level the table skips is named by its code, so that depth stays the level.
    for (int level = 0; level < depth - 1; ++level) {
        const QString parent = code.left(3 + 2 * level);
        if (m_codes[level] != parent) {
            m_codes[level] = parent;
            const QString known = level == 0 ? m_catalogue.className(m_kind, parent) : QString();
            m_names[level] = known.isEmpty()                ? parent
                             : m_kind == CodeKind::Function ? canonicalClassName(known)
                                                            : known;
        }
    }
    return CodedRow{code, depth, m_names.join(u'/')};
}

} // namespace juesuan::extract
