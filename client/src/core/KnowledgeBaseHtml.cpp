// SPDX-License-Identifier: MIT
#include "KnowledgeBaseHtml.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace hss::client {

namespace {

const QSet<QString>& allowedTags()
{
    static const QSet<QString> tags {
        QStringLiteral("p"),     QStringLiteral("br"),    QStringLiteral("b"),          QStringLiteral("strong"),
        QStringLiteral("i"),     QStringLiteral("em"),    QStringLiteral("u"),          QStringLiteral("s"),
        QStringLiteral("ul"),    QStringLiteral("ol"),    QStringLiteral("li"),         QStringLiteral("h1"),
        QStringLiteral("h2"),    QStringLiteral("h3"),    QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),    QStringLiteral("a"),     QStringLiteral("code"),       QStringLiteral("pre"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),      QStringLiteral("tr"),
        QStringLiteral("td"),    QStringLiteral("th"),    QStringLiteral("span"),       QStringLiteral("div"),
        QStringLiteral("hr"),    QStringLiteral("sub"),   QStringLiteral("sup"),        QStringLiteral("dl"),
        QStringLiteral("dt"),    QStringLiteral("dd"),    QStringLiteral("blockquote"),
    };
    return tags;
}

// Their content is code or a foreign document, never text to read.
const QSet<QString>& droppedWithContent()
{
    static const QSet<QString> tags {
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("embed"),    QStringLiteral("applet"),   QStringLiteral("frame"),  QStringLiteral("frameset"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("math"),
        QStringLiteral("textarea"), QStringLiteral("select"),   QStringLiteral("button"), QStringLiteral("head"),
        QStringLiteral("title"),
    };
    return tags;
}

const QRegularExpression& markupPattern()
{
    // A comment, a declaration/processing instruction, or a tag with its attributes (quoted values may hold '>').
    static const QRegularExpression pattern(
        QStringLiteral("<!--.*?-->|<[!?][^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('<')) {
            out += QStringLiteral("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QStringLiteral("&gt;");
        } else {
            out += c;
        }
    }
    return out;
}

QString decodeEntities(QString text)
{
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

/// name → value of the attributes, lower-case names, entities in values decoded.
QList<std::pair<QString, QString>> attributesOf(const QString& text)
{
    static const QRegularExpression attribute(
        QStringLiteral("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?"));
    QList<std::pair<QString, QString>> result;
    auto it = attribute.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QString value = match.captured(2);
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))) {
            value = value.mid(1, value.size() - 2);
        }
        result.append({match.captured(1).toLower(), decodeEntities(value)});
    }
    return result;
}

QString keptAttributes(const QString& tag, const QString& text)
{
    QString out;
    for (const auto& [name, value] : attributesOf(text)) {
        const bool keep =
            (name == QLatin1String("href") && tag == QLatin1String("a") && KnowledgeBaseHtml::isOpenableLink(value))
            || name == QLatin1String("title")
            || ((name == QLatin1String("colspan") || name == QLatin1String("rowspan"))
                && (tag == QLatin1String("td") || tag == QLatin1String("th")));
        if (keep) {
            out += QStringLiteral(" %1=\"%2\"").arg(name, value.toHtmlEscaped());
        }
    }
    return out;
}

QString imageAltText(const QString& attributes)
{
    for (const auto& [name, value] : attributesOf(attributes)) {
        if (name == QLatin1String("alt") && !value.trimmed().isEmpty()) {
            return QStringLiteral("[%1]").arg(value.trimmed().toHtmlEscaped());
        }
    }
    return {};
}

} // namespace

bool KnowledgeBaseHtml::isOpenableLink(const QString& url)
{
    const QUrl parsed(url.trimmed());
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"));
}

QString KnowledgeBaseHtml::sanitize(const QString& html)
{
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    QString skipUntil; // the closing tag that ends dropped content
    auto it = markupPattern().globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        const bool closing = !match.captured(1).isEmpty();
        const QString tag = match.captured(2).toLower();
        if (skipUntil.isEmpty()) {
            out += escapeText(QStringView(html).mid(pos, match.capturedStart() - pos));
        }
        pos = match.capturedEnd();
        if (!skipUntil.isEmpty()) {
            if (closing && tag == skipUntil) {
                skipUntil.clear();
            }
            continue;
        }
        if (tag.isEmpty()) {
            continue; // comment or declaration
        }
        if (droppedWithContent().contains(tag)) {
            const bool selfClosing = match.captured(3).trimmed().endsWith(QLatin1Char('/'));
            if (!closing && !selfClosing) {
                skipUntil = tag;
            }
            continue;
        }
        if (tag == QLatin1String("img") && !closing) {
            out += imageAltText(match.captured(3));
            continue;
        }
        if (!allowedTags().contains(tag)) {
            continue;
        }
        out += closing ? QStringLiteral("</%1>").arg(tag)
                       : QStringLiteral("<%1%2>").arg(tag, keptAttributes(tag, match.captured(3)));
    }
    if (skipUntil.isEmpty()) {
        out += escapeText(QStringView(html).mid(pos));
    }
    return out;
}

QString KnowledgeBaseHtml::toPlainText(const QString& html)
{
    static const QRegularExpression blockEnd(
        QStringLiteral("<br\\s*/?>|</(p|li|h[1-6]|tr|div|pre|blockquote|dt|dd)\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = sanitize(html);
    text.replace(blockEnd, QStringLiteral("\n"));
    static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
    text.remove(anyTag);
    return decodeEntities(text).trimmed();
}

} // namespace hss::client
