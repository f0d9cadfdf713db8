#include "core/text/textdecoder.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

namespace juesuan::text {
namespace {

// Data whose decoded text has more than 1 control character or undecodable
// byte per 50 characters is not a text report. Real reports hold a few stray
// control characters at most (a form feed from a PDF extraction, say).
constexpr qsizetype binaryRatio = 50;
// A byte order is taken for BOM-less UTF-16 when at least 90 % of the code
// units read that way are characters a Chinese report is made of.
constexpr int utf16PlausiblePercent = 90;
// How much of a file the byte-order and charset guesses look at.
constexpr qsizetype detectorSampleBytes = 64 * 1024;
// Bytes that are not valid UTF-8 are still UTF-8 when they decode to at least
// this many correct non-ASCII characters per invalid sequence. GB18030 or
// Big5 read as UTF-8 gives almost none (their trail bytes rarely follow a
// UTF-8 lead byte), a Chinese UTF-8 report with a damaged byte thousands.
constexpr qsizetype damagedUtf8Ratio = 20;
// How many line numbers a damage warning lists.
constexpr qsizetype damagedLinesListed = 5;

QString binaryDataError() {
    return QCoreApplication::translate("TextDecoder", "not a text file (binary data)");
}

// Control characters that text files do not contain (tab, line breaks and
// form feed are fine).
bool isStrayControl(char16_t c) {
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v';
}

// What a decoded text holds that text should not.
struct TextScan {
    qsizetype replacements = 0; // U+FFFD
    qsizetype nuls = 0;
    qsizetype strayControls = 0; // NULs included
    qsizetype otherNonAscii = 0; // neither ASCII nor U+FFFD
};

TextScan scanText(const QString &text) {
    TextScan scan;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x20) {
            scan.nuls += c == 0;
            scan.strayControls += isStrayControl(c);
        } else if (c == 0xfffd) {
            ++scan.replacements;
        } else if (c >= 0x80) {
            ++scan.otherNonAscii;
        }
    }
    return scan;
}

// Qt's UTF-8 decoder (SIMD, the fastest way in) marks every invalid sequence
// with U+FFFD, so the bytes were valid UTF-8 exactly when each U+FFFD of the
// text was spelt out in them (EF BF BD). No separate validation pass.
qsizetype invalidUtf8Sequences(const QByteArray &bytes, const TextScan &scan) {
    if (scan.replacements == 0)
        return 0;
    return scan.replacements - bytes.count(QByteArrayView("\xef\xbf\xbd"));
}

// Mostly correct UTF-8 with a few damaged bytes (see damagedUtf8Ratio).
bool isDamagedUtf8(qsizetype invalidSequences, const TextScan &scan) {
    return invalidSequences * damagedUtf8Ratio <= scan.otherNonAscii;
}

// Code units that make up a Chinese report: ASCII text, general and CJK
// punctuation, CJK ideographs, full-width forms, enclosed numbers.
bool isPlausibleUnit(char16_t u) {
    return (u >= 0x20 && u < 0x7f) || u == u'\t' || u == u'\n' || u == u'\r' ||
           (u >= 0x2000 && u <= 0x206f) || (u >= 0x2460 && u <= 0x24ff) ||
           (u >= 0x3000 && u <= 0x303f) || (u >= 0x4e00 && u <= 0x9fff) ||
           (u >= 0xff00 && u <= 0xffef);
}

// ICU's detector is unreliable on BOM-less UTF-16 of CJK text (it scores any
// even-length data as UTF-16 a little). Instead, read the bytes both ways: text in the right byte
// order is almost entirely plausible characters, in the wrong one almost none (and GB18030 or Big5
// pairs fall in 0xA000-0xFEFF, outside the ideograph block, either way).
std::optional<const char *> guessBomlessUtf16(const QByteArray &bytes) {
    const qsizetype units = std::min(bytes.size(), detectorSampleBytes) / 2;
    if (units < 2)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype plausibleLe = 0;
    qsizetype plausibleBe = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned char a = p[2 * i];
        const unsigned char b = p[2 * i + 1];
        plausibleLe += isPlausibleUnit(char16_t(a | (b << 8)));
        plausibleBe += isPlausibleUnit(char16_t((a << 8) | b));
    }
    const qsizetype needed = units * utf16PlausiblePercent / 100;
    if (plausibleLe >= needed && plausibleLe > plausibleBe)
        return "UTF-16LE";
    if (plausibleBe >= needed && plausibleBe > plausibleLe)
        return "UTF-16BE";
    return std::nullopt;
}

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct Conversion {
    QString text;
    QString encoding;
    qsizetype undecodable = 0;
};

// Substitutes like ICU's default callback, counting each undecodable sequence.
void countingSubstitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                        int32_t length, UConverterCallbackReason reason, UErrorCode *status) {
    if (reason <= UCNV_IRREGULAR)
        ++*static_cast<qsizetype *>(const_cast<void *>(context));
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, status);
}

// The name users know the charset by: MIME, else IANA, else ICU's own.
QString displayName(const char *icuName) {
    UErrorCode status = U_ZERO_ERROR;
    const char *name = ucnv_getStandardName(icuName, "MIME", &status);
    if (!name) {
        status = U_ZERO_ERROR;
        name = ucnv_getStandardName(icuName, "IANA", &status);
    }
    return QString::fromLatin1(name ? name : icuName);
}

ConverterPtr openConverter(const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name, &status));
    if (U_FAILURE(status))
        return nullptr;
    return converter;
}

Conversion convert(UConverter *converter, const QByteArray &bytes) {
    Conversion result;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter, countingSubstitute, &result.undecodable, nullptr, nullptr,
                        &status);
    result.encoding = displayName(ucnv_getName(converter, &status));
    // One code unit per byte is enough for every charset a report comes in;
    // the loop only grows the buffer for exotic ones.
    result.text.resize(bytes.size() + 16);
    const char *source = bytes.constData();
    const char *sourceEnd = source + bytes.size();
    qsizetype written = 0;
    for (;;) {
        auto *target = reinterpret_cast<UChar *>(result.text.data()) + written;
        auto *targetEnd = reinterpret_cast<UChar *>(result.text.data()) + result.text.size();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, targetEnd, &source, sourceEnd, nullptr, true, &status);
        written = target - reinterpret_cast<UChar *>(result.text.data());
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        result.text.resize(result.text.size() * 2);
    }
    result.text.truncate(written);
    return result;
}

std::optional<Conversion> convertWith(const char *name, const QByteArray &bytes) {
    const ConverterPtr converter = openConverter(name);
    if (!converter)
        return std::nullopt;
    return convert(converter.get(), bytes);
}

bool looksBinary(const Conversion &conversion) {
    const qsizetype bad = conversion.undecodable + scanText(conversion.text).strayControls;
    return bad * binaryRatio > conversion.text.size();
}

// The decoded text, or nullopt and the reason when it is not text after all.
// NUL characters become U+FFFD like undecodable bytes: both are damage the
// user should see where it is, and nothing after reading expects a NUL.
std::optional<DecodedText> finish(Conversion conversion, QString *error) {
    if (looksBinary(conversion)) {
        if (error)
            *error = binaryDataError();
        return std::nullopt;
    }
    if (conversion.text.startsWith(QChar(0xfeff)))
        conversion.text.remove(0, 1);
    const qsizetype nuls = conversion.text.count(QChar(0));
    if (nuls > 0)
        conversion.text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    return DecodedText{std::move(conversion.text), std::move(conversion.encoding),
                       conversion.undecodable + nuls};
}

// Decodes with a charset ICU always has (UTF-8, UTF-16, GB18030).
std::optional<DecodedText> decodeAs(const char *charset, const QByteArray &bytes, QString *error) {
    auto conversion = convertWith(charset, bytes);
    if (!conversion) {
        if (error)
            *error = QCoreApplication::translate("TextDecoder", "ICU has no converter for %1")
                         .arg(QLatin1String(charset));
        return std::nullopt;
    }
    return finish(std::move(*conversion), error);
}

struct Bom {
    QByteArrayView bytes;
    const char *charset;
};

// Checked in order: UTF-32 is not supported, so FF FE is always UTF-16LE.
const Bom boms[] = {
    {"\xef\xbb\xbf", "UTF-8"},
    {"\xff\xfe", "UTF-16LE"},
    {"\xfe\xff", "UTF-16BE"},
    {"\x84\x31\x95\x33", "GB18030"},
};

// Charsets a Chinese report comes in; the detector's other guesses
// (ISO-8859-x, Shift_JIS …) are wrong for this input by construction. Its
// UTF-16 guesses are left out too: guessBomlessUtf16 has already decided that.
bool isReportCharset(const char *name) {
    return qstricmp(name, "GB18030") == 0 || qstricmp(name, "Big5") == 0;
}

struct DetectorCloser {
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

// The detector's report charsets, most confident first, then GB18030 and
// Big5 as fallbacks (the detector may see too little text to be sure).
QList<QByteArray> candidateCharsets(const QByteArray &bytes) {
    QList<QByteArray> candidates;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
        // The detector reads all it is given; the start of a file is enough.
        const auto sample = int32_t(std::min<qsizetype>(bytes.size(), detectorSampleBytes));
        ucsdet_setText(detector.get(), bytes.constData(), sample, &status);
        int32_t count = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            const char *name = ucsdet_getName(matches[i], &status);
            if (U_SUCCESS(status) && isReportCharset(name))
                candidates.append(QByteArray(name));
        }
    }
    for (const char *fallback : {"GB18030", "Big5"}) {
        if (!candidates.contains(QByteArray(fallback)))
            candidates.append(QByteArray(fallback));
    }
    return candidates;
}

// Takes the detector's most confident charset that decodes the bytes as
// text. Counting errors alone would not do: CP950 (Big5) maps nearly every
// byte pair to something, so a GB18030 file with one corrupt byte decodes
// "more cleanly" as Big5 gibberish.
Conversion bestConversion(const QByteArray &bytes) {
    std::optional<Conversion> fewestErrors;
    for (const QByteArray &name : candidateCharsets(bytes)) {
        auto conversion = convertWith(name.constData(), bytes);
        if (!conversion)
            continue;
        if (!looksBinary(*conversion))
            return std::move(*conversion);
        if (!fewestErrors || conversion->undecodable < fewestErrors->undecodable)
            fewestErrors = std::move(conversion);
    }
    return fewestErrors ? std::move(*fewestErrors) : Conversion{{}, {}, 1};
}

// The ICU converter for a charset label as web pages write it, for the
// charsets a Chinese report comes in; empty for any other. The WHATWG Encoding
// Standard reads every GB2312/GBK label with the GBK decoder, whose superset
// GB18030 also reads the GBK characters that pages labelled "gb2312" use all
// the time. A Western label (iso-8859-1, windows-1252) on a Chinese page is
// a template's leftover: every byte decodes with it, so detection decides.
QByteArray converterForLabel(const QString &label) {
    static const QStringList gbk{QStringLiteral("gb2312"),  QStringLiteral("gbk"),
                                 QStringLiteral("x-gbk"),   QStringLiteral("gb_2312-80"),
                                 QStringLiteral("gb_2312"), QStringLiteral("csgb2312"),
                                 QStringLiteral("chinese"), QStringLiteral("iso-ir-58"),
                                 QStringLiteral("gb18030"), QStringLiteral("csiso58gb231280")};
    static const QStringList big5{QStringLiteral("big5"), QStringLiteral("big5-hkscs"),
                                  QStringLiteral("cn-big5"), QStringLiteral("csbig5"),
                                  QStringLiteral("x-x-big5")};
    static const QStringList utf8{QStringLiteral("utf-8"), QStringLiteral("utf8"),
                                  QStringLiteral("unicode-1-1-utf-8")};
    const QString name = label.trimmed().toLower();
    if (gbk.contains(name))
        return QByteArrayLiteral("GB18030");
    if (big5.contains(name))
        return QByteArrayLiteral("Big5");
    if (utf8.contains(name))
        return QByteArrayLiteral("UTF-8");
    return {};
}

std::optional<DecodedText> decodeDetected(const QByteArray &bytes, const QString &declaredEncoding,
                                          QString *error) {
    if (bytes.isEmpty())
        return DecodedText{QString(), QStringLiteral("UTF-8")};

    for (const Bom &bom : boms) {
        if (QByteArrayView(bytes).startsWith(bom.bytes))
            return decodeAs(bom.charset, bytes, error);
    }

    QString utf8 = QString::fromUtf8(bytes);
    const TextScan scan = scanText(utf8);
    const qsizetype invalidUtf8 = invalidUtf8Sequences(bytes, scan);
    const bool validUtf8 = invalidUtf8 == 0;
    // NULs in valid UTF-8 mean UTF-16 of mostly ASCII text, or binary data.
    if (validUtf8 && scan.nuls == 0) {
        if (scan.strayControls * binaryRatio > utf8.size()) {
            if (error)
                *error = binaryDataError();
            return std::nullopt;
        }
        return DecodedText{std::move(utf8), QStringLiteral("UTF-8")};
    }
    if (const auto utf16 = guessBomlessUtf16(bytes))
        return decodeAs(*utf16, bytes, error);
    if (validUtf8 || isDamagedUtf8(invalidUtf8, scan))
        return finish(Conversion{std::move(utf8), QStringLiteral("UTF-8"), invalidUtf8}, error);
    if (const QByteArray declared = converterForLabel(declaredEncoding); !declared.isEmpty()) {
        auto conversion = convertWith(declared.constData(), bytes);
        if (conversion && !looksBinary(*conversion))
            return finish(std::move(*conversion), error);
    }
    return finish(bestConversion(bytes), error);
}

} // namespace

QString damageWarning(const DecodedText &decoded) {
    if (decoded.replaced == 0)
        return {};
    QStringList lines;
    qsizetype line = 1;
    for (const QChar c : decoded.text) {
        if (c == u'\n') {
            ++line;
        } else if (c == QChar::ReplacementCharacter &&
                   (lines.isEmpty() || lines.constLast() != QString::number(line))) {
            if (lines.size() == damagedLinesListed) {
                lines.append(QStringLiteral("…"));
                break;
            }
            lines.append(QString::number(line));
        }
    }
    const int count = int(std::min<qsizetype>(decoded.replaced, INT_MAX));
    const char *sentence =
        lines.size() == 1
            ? QT_TRANSLATE_N_NOOP(
                  "TextDecoder",
                  "%n damaged byte sequence(s) (not valid %1) shown as �, on line %2")
            : QT_TRANSLATE_N_NOOP("TextDecoder", "%n damaged byte sequence(s) (not valid %1) shown "
                                                 "as �, on lines %2");
    return QCoreApplication::translate("TextDecoder", sentence, nullptr, count)
        .arg(decoded.encoding, lines.join(QStringLiteral(", ")));
}

std::optional<DecodedText> decodeText(const QByteArray &bytes, const QString &forcedEncoding,
                                      QString *error) {
    if (!forcedEncoding.isEmpty()) {
        auto conversion = convertWith(forcedEncoding.toLatin1().constData(), bytes);
        if (!conversion) {
            if (error)
                *error = QCoreApplication::translate("TextDecoder", "unknown encoding %1")
                             .arg(forcedEncoding);
            return std::nullopt;
        }
        return finish(std::move(*conversion), error);
    }
    return decodeDetected(bytes, {}, error);
}

std::optional<DecodedText> decodeDeclaredText(const QByteArray &bytes,
                                              const QString &declaredEncoding, QString *error) {
    return decodeDetected(bytes, declaredEncoding, error);
}

} // namespace juesuan::text
