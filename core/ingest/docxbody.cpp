#include "core/ingest/docxbody.h"

#include "core/i18n/tr.h"
#include "core/ingest/sheetvalues.h"
#include "core/ingest/xmlsafety.h"

#include <QXmlStreamReader>
#include <algorithm>

namespace juesuan::ingest {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::ingest"};

const QString documentPart = QStringLiteral("word/document.xml");

// Tables in cells and text boxes in paragraphs are read by recursion, so
// their nesting is bounded well below what the stack holds; a report nests
// a table or a text box once or twice.
constexpr int maxDocxNesting = 32;
// Word's tables have at most 63 columns; a wider span is damage, and the
// grid it would make (rows × span) is bounded by the cells a sheet may have.
constexpr int maxGridSpan = 1000;

// Joins two pieces of one cell or paragraph: no space between CJK text.
void appendPiece(QString &text, const QString &piece, QChar separator) {
    if (piece.isEmpty())
        return;
    if (!text.isEmpty())
        text.append(separator);
    text.append(piece);
}

class BodyParser {
public:
    BodyParser(const QByteArray &bytes, DocxNumbering &numbering)
        : m_xml(bytes)
        , m_numbering(numbering) {}

    bool parse(QList<DocxBlock> *blocks, QString *error) {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (!ok(error))
                return false;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"p")
                blocks->append(paragraph());
            else if (m_xml.name() == u"tbl")
                blocks->append(table());
            else if (m_xml.name() == u"Fallback")
                m_xml.skipCurrentElement();
            if (!ok(error))
                return false;
        }
        return ok(error);
    }

private:
    // Entered by every reader of an element that may nest (paragraph, text
    // box, table). Past maxDocxNesting it records the refusal and raises the
    // reader's error, which ends every loop below, so the recursion unwinds.
    class Nesting {
    public:
        explicit Nesting(BodyParser &parser)
            : m_parser(parser) {
            if (++m_parser.m_depth > maxDocxNesting)
                m_parser.refuse(tr("%1: tables or text boxes nested more than %2 deep")
                                    .arg(documentPart)
                                    .arg(maxDocxNesting));
        }
        ~Nesting() { --m_parser.m_depth; }
        bool tooDeep() const { return m_parser.m_depth > maxDocxNesting; }

    private:
        BodyParser &m_parser;
    };

    // False, with `error` set, once a bound was passed or the XML is bad;
    // a bound's own reason first, as it is also raised as the XML's error.
    bool ok(QString *error) const {
        if (m_error.isEmpty())
            return checkXmlReader(m_xml, documentPart, error);
        *error = m_error;
        return false;
    }

    void refuse(const QString &reason) {
        if (m_error.isEmpty()) {
            m_error = reason;
            m_xml.raiseError(reason);
        }
    }

    // At a <w:p> start; reads to its end.
    DocxParagraph paragraph() {
        DocxParagraph result;
        const Nesting nesting(*this);
        if (nesting.tooDeep())
            return result;
        QString style;
        int numId = -1, level = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"p")
                break;
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            if (name == u"pStyle") {
                style = xmlAttribute(m_xml, u"val");
            } else if (name == u"numId") {
                numId = xmlAttribute(m_xml, u"val").toInt();
            } else if (name == u"ilvl") {
                level = xmlAttribute(m_xml, u"val").toInt();
            } else if (name == u"tabs" || name == u"rPr" || name == u"delText" ||
                       name == u"instrText" || name == u"Fallback" || name == u"del") {
                m_xml.skipCurrentElement(); // tab stops, formatting, deletions, field codes
            } else if (name == u"t") {
                result.text += m_xml.readElementText();
            } else if (name == u"tab") {
                result.text += u'\t';
            } else if (name == u"br" || name == u"cr") {
                result.text += u'\n';
            } else if (name == u"noBreakHyphen") {
                result.text += u'-';
            } else if (name == u"chart") {
                result.chartIds.append(xmlAttribute(m_xml, u"id"));
            } else if (name == u"txbxContent") {
                result.text += textBox();
            }
        }
        if (numId < 0)
            std::tie(numId, level) = m_numbering.styleNumbering(style);
        if (numId > 0 && !result.text.trimmed().isEmpty())
            result.label = m_numbering.next(numId, level);
        return result;
    }

    QString textBox() {
        QString text;
        const Nesting nesting(*this);
        if (nesting.tooDeep())
            return text;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"txbxContent")
                break;
            if (m_xml.isStartElement() && m_xml.name() == u"p") {
                const DocxParagraph inner = paragraph();
                appendPiece(text, inner.label + inner.text, u'\n');
            }
        }
        return text;
    }

    // At a <w:tbl> start; reads to its end.
    OfficeTable table() {
        struct Cell {
            QString text;
            int span = 1;
            enum { None, Restart, Continue } vertical = None;
        };
        const Nesting nesting(*this);
        if (nesting.tooDeep())
            return {};
        QList<QList<Cell>> rows;
        Cell *cell = nullptr;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"tbl")
                break;
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            if (name == u"tr") {
                rows.append(QList<Cell>());
                cell = nullptr;
            } else if (name == u"tc" && !rows.isEmpty()) {
                rows.last().append(Cell());
                cell = &rows.last().last();
            } else if (name == u"gridSpan" && cell) {
                cell->span = std::clamp(xmlAttribute(m_xml, u"val").toInt(), 1, maxGridSpan);
            } else if (name == u"vMerge" && cell) {
                cell->vertical =
                    xmlAttribute(m_xml, u"val") == u"restart" ? Cell::Restart : Cell::Continue;
            } else if (name == u"p" && cell) {
                const DocxParagraph inner = paragraph();
                appendPiece(cell->text, inner.label + inner.text, u'\n');
            } else if (name == u"tbl" && cell) {
                // A table nested in a cell: its text, row by row.
                const OfficeTable nested = table();
                for (const QList<QString> &line : nested.cells)
                    appendPiece(cell->text, QStringList(line).join(u' ').trimmed(), u'\n');
            }
        }
        // In 64 bits: a row of many wide cells would overflow an int.
        qint64 widest = 0;
        for (const QList<Cell> &row : rows) {
            qint64 width = 0;
            for (const Cell &item : row)
                width += item.span;
            widest = std::max(widest, width);
        }
        if (qint64(rows.size()) * widest > SheetValues::maxCells) {
            refuse(tr("%1: a table of more than %2 cells")
                       .arg(documentPart)
                       .arg(SheetValues::maxCells));
            return {};
        }
        const int columns = int(widest);
        OfficeTable result = OfficeTable::sized(int(rows.size()), columns);
        for (int r = 0; r < rows.size(); ++r) {
            int column = 0;
            for (const Cell &item : rows[r]) {
                if (column >= columns)
                    break;
                const int right = std::min(columns, column + item.span) - 1;
                if (item.vertical == Cell::Continue && r > 0) {
                    const QPoint top = result.origin[r - 1][column];
                    for (int c = column; c <= right; ++c)
                        result.origin[r][c] = top;
                } else {
                    result.cells[r][column] = item.text;
                    result.merge(r, column, r, right);
                }
                column = right + 1;
            }
        }
        return result;
    }

    QXmlStreamReader m_xml;
    DocxNumbering &m_numbering;
    int m_depth = 0; // elements being read that may nest (see Nesting)
    QString m_error; // why the body was refused, when a bound was passed
};

} // namespace

bool parseDocxBody(const QByteArray &xml, DocxNumbering &numbering, QList<DocxBlock> *blocks,
                   QString *error) {
    if (!isSafeXml(xml, documentPart, error))
        return false;
    return BodyParser(xml, numbering).parse(blocks, error);
}

} // namespace juesuan::ingest
