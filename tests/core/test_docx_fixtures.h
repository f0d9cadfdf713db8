#pragma once

// Office documents and damaged files the format tests build themselves: a
// DOCX (numbering, merged cells, an embedded chart whose cached data disagree
// with its text), zip bombs, XML entity tricks, an image-only PDF.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <utility>
#include <zip.h>

namespace fixtures {

using Entries = QList<std::pair<QString, QByteArray>>;

// Writes a zip archive with `entries` (deflated) and returns its path.
inline QString writeZip(const QTemporaryDir &dir, const QString &name, const Entries &entries) {
    const QString path = dir.filePath(name);
    int error = 0;
    zip_t *archive = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return {};
    for (const auto &[entry, bytes] : entries) {
        // libzip copies nothing until zip_close: the bytes must live until then.
        zip_source_t *source =
            zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        zip_file_add(archive, entry.toUtf8().constData(), source, ZIP_FL_OVERWRITE);
    }
    zip_close(archive);
    return path;
}

inline const char *contentTypes() {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>
</Types>)";
}

// Chinese numbering as Word writes it: 一、 at level 0, （一） at level 1, 1. at level 2.
inline const char *numberingXml() {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>)";
}

inline QByteArray paragraph(const QString &text, int level = -1) {
    QByteArray numbering;
    if (level >= 0)
        numbering = "<w:pPr><w:numPr><w:ilvl w:val=\"" + QByteArray::number(level) +
                    "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
    return "<w:p>" + numbering + "<w:r><w:t xml:space=\"preserve\">" + text.toUtf8() +
           "</w:t></w:r></w:p>";
}

inline QByteArray cell(const QString &text, const QByteArray &properties = {}) {
    return "<w:tc>" +
           (properties.isEmpty() ? QByteArray() : "<w:tcPr>" + properties + "</w:tcPr>") +
           paragraph(text) + "</w:tc>";
}

// A DOCX with a numbered narrative, a 收入决算表-like table whose header has a
// vertical and a horizontal merge, and a chart whose cache says 基本支出 193.79
// and 项目支出 1553.66 while the text says 173.15 and 1163.67.
inline QByteArray docxDocumentXml() {
    QByteArray body;
    body += paragraph(QStringLiteral("示例市测试局2023年度单位决算"));
    body += paragraph(QStringLiteral("第二部分 决算情况说明"));
    body += paragraph(QStringLiteral("收入支出决算总体情况说明"), 0);
    body += paragraph(QStringLiteral("2023年度收入、支出决算总计1336.82万元。"));
    body += paragraph(QStringLiteral("支出决算情况说明"), 0);
    body += paragraph(QStringLiteral("本年支出合计1336.82万元，其中：基本支出173.15万元，占12.95%；"
                                     "项目支出1163.67万元，占87.05%。"));
    body += paragraph(QStringLiteral("基本支出"), 1);
    body += paragraph(QStringLiteral("工资福利支出"), 2);
    body += paragraph(QStringLiteral("商品和服务支出"), 2);
    body += paragraph(QStringLiteral("项目支出"), 1);
    body += paragraph(QStringLiteral("工资福利支出"), 2);
    body += paragraph(QStringLiteral("第五部分 决算表"));
    body += paragraph(QStringLiteral("支出决算表"));
    body += paragraph(QStringLiteral("单位：万元"));
    body += "<w:tbl>";
    body += "<w:tr>" + cell(QStringLiteral("项目"), "<w:gridSpan w:val=\"2\"/>") +
            cell(QStringLiteral("本年支出合计"), "<w:vMerge w:val=\"restart\"/>") +
            cell(QStringLiteral("基本支出"), "<w:vMerge w:val=\"restart\"/>") +
            cell(QStringLiteral("项目支出"), "<w:vMerge w:val=\"restart\"/>") + "</w:tr>";
    body += "<w:tr>" + cell(QStringLiteral("科目编码")) + cell(QStringLiteral("科目名称")) +
            cell({}, "<w:vMerge/>") + cell({}, "<w:vMerge/>") + cell({}, "<w:vMerge/>") + "</w:tr>";
    body += "<w:tr>" + cell(QStringLiteral("合计"), "<w:gridSpan w:val=\"2\"/>") +
            cell(QStringLiteral("1,336.82")) + cell(QStringLiteral("173.15")) +
            cell(QStringLiteral("1,163.67")) + "</w:tr>";
    body += "<w:tr>" + cell(QStringLiteral("201")) + cell(QStringLiteral("一般公共服务支出")) +
            cell(QStringLiteral("1,336.82")) + cell(QStringLiteral("173.15")) +
            cell(QStringLiteral("1,163.67")) + "</w:tr>";
    body += "<w:tr>" + cell(QStringLiteral("20129")) + cell(QStringLiteral("群众团体事务")) +
            cell(QStringLiteral("1,336.82")) + cell(QStringLiteral("173.15")) +
            cell(QStringLiteral("1,163.67")) + "</w:tr>";
    body += "</w:tbl>";
    body += "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/"
            "drawingml/2006/wordprocessingDrawing\"><a:graphic xmlns:a=\"http://"
            "schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData><c:chart "
            "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            "r:id=\"rId7\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
    // Deleted text and field codes are not the document's text.
    body += "<w:p><w:del><w:r><w:delText>删除的文字</w:delText></w:r></w:del><w:r><w:instrText>"
            " PAGE </w:instrText></w:r><w:r><w:t>联系电话：0477-8500059</w:t></w:r></w:p>";
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
           body + "</w:body></w:document>";
}

inline const char *documentRels() {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/>
</Relationships>)";
}

inline const char *chartXml() {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>2023年度支出决算情况</a:t></a:r></a:p></c:rich></c:tx></c:title>
<c:plotArea><c:pieChart><c:ser><c:idx val="0"/>
<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>金额</c:v></c:pt></c:strCache></c:strRef></c:tx>
<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/>
<c:pt idx="1"><c:v>基本支出</c:v></c:pt><c:pt idx="0"><c:v>项目支出</c:v></c:pt></c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/>
<c:pt idx="0"><c:v>1553.66</c:v></c:pt><c:pt idx="1"><c:v>193.79</c:v></c:pt></c:numCache></c:numRef></c:val>
</c:ser></c:pieChart>
<c:valAx><c:title><c:tx><c:rich><a:p><a:r><a:t>万元</a:t></a:r></a:p></c:rich></c:tx></c:title></c:valAx>
</c:plotArea></c:chart></c:chartSpace>)";
}

inline QString writeDocx(const QTemporaryDir &dir, const QString &name,
                         const QByteArray &document = docxDocumentXml()) {
    return writeZip(dir, name,
                    {{QStringLiteral("[Content_Types].xml"), contentTypes()},
                     {QStringLiteral("word/document.xml"), document},
                     {QStringLiteral("word/numbering.xml"), numberingXml()},
                     {QStringLiteral("word/_rels/document.xml.rels"), documentRels()},
                     {QStringLiteral("word/charts/chart1.xml"), chartXml()}});
}

// A one-page PDF from objects (1-based numbering, catalog first); the cross
// reference table is computed.
inline QByteArray pdfFromObjects(const QList<QByteArray> &objects) {
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Three lines of text on a page displayed turned by `rotate` degrees
// (/Rotate), so its lines run down, upside down or up on screen.
inline QByteArray textPdf(int rotate) {
    const QByteArray content = "BT /F1 12 Tf 72 700 Td (Income total 199.32) Tj 0 -20 Td "
                               "(Expenditure total 199.32) Tj 0 -20 Td (Basic 102.26) Tj ET";
    return pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>",
                           "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate " +
                               QByteArray::number(rotate) +
                               " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                           "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                               content + "\nendstream",
                           "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

// A PDF whose only page is an image: a scan without a text layer.
inline QByteArray imageOnlyPdf() {
    const QByteArray pixels(32 * 32, char(0x80));
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 "
        "0 R >> >> /Contents 5 0 R >>",
        "<< /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray "
        "/BitsPerComponent 8 /Length " +
            QByteArray::number(pixels.size()) + " >>\nstream\n" + pixels + "\nendstream",
    };
    const QByteArray content = "q 400 0 0 400 100 300 cm /Im1 Do Q";
    objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                   "\nendstream");
    return pdfFromObjects(objects);
}

} // namespace fixtures
