#include "core/ingest/docxbody.h"

#include "core/ingest/xmlsafety.h"

#include <QXmlStreamReader>

namespace juesuan::ingest {
namespace {

const QString documentPart = QStringLiteral("word/document.xml");

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
            if (!checkXmlReader(m_xml, documentPart, error))
                return false;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"p")
                blocks->append(paragraph());
            else if (m_xml.name() == u"tbl")
                blocks->append(table());
            else if (m_xml.name() == u"Fallback")
                m_xml.skipCurrentElement();
            if (!checkXmlReader(m_xml, documentPart, error))
                return false;
        }
        return true;
    }

private:
    // At a <w:p> start; reads to its end.
    DocxParagraph paragraph() {
        DocxParagraph result;
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
                cell->span = std::max(1, xmlAttribute(m_xml, u"val").toInt());
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
        int columns = 0;
        for (const QList<Cell> &row : rows) {
            int width = 0;
            for (const Cell &item : row)
                width += item.span;
            columns = std::max(columns, width);
        }
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
};

} // namespace

bool parseDocxBody(const QByteArray &xml, DocxNumbering &numbering, QList<DocxBlock> *blocks,
                   QString *error) {
    if (!isSafeXml(xml, documentPart, error))
        return false;
    return BodyParser(xml, numbering).parse(blocks, error);
}

} // namespace juesuan::ingest
