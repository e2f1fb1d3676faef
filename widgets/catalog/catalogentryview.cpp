#include "catalogentryview.h"

#include "lineexplanation.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString lines(QString html)
{
    return html.replace(u'\n', u"<br>"_s);
}

} // namespace

CatalogEntryView::CatalogEntryView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"catalogEntryView"_s);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != u"copy")
            return;
        bool ok = false;
        const qsizetype index = url.path().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_commands.size())
            return;
        QApplication::clipboard()->setText(m_commands.at(index));
        Q_EMIT commandCopied(m_commands.at(index));
    });
    render();
}

void CatalogEntryView::setEntry(const CatalogEntry *entry)
{
    m_entry = entry;
    m_fragment = nullptr;
    render();
}

void CatalogEntryView::setFragment(const CatalogFragment *fragment)
{
    m_entry = nullptr;
    m_fragment = fragment;
    render();
}

void CatalogEntryView::clear()
{
    m_entry = nullptr;
    m_fragment = nullptr;
    render();
}

void CatalogEntryView::setLanguage(ReferenceLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    render();
}

void CatalogEntryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QTextBrowser::changeEvent(event);
}

void CatalogEntryView::render()
{
    m_commands.clear();
    m_shownId = m_entry ? m_entry->id : QString();
    QString html;
    if (m_entry)
        html = entryHtml(*m_entry);
    else if (m_fragment)
        html = fragmentHtml(*m_fragment);
    else
        html = u"<p style='color:%1'>%2</p>"_s.arg(palette().color(QPalette::PlaceholderText).name(), escaped(
            tr("Search the reference catalogs by message ID, name or any word of the text, in Chinese or "
               "English, then choose a result to read it in full.")));
    setHtml(html);
    setAccessibleName(m_entry ? tr("Reference entry %1").arg(m_entry->id) : tr("Reference entry"));
}

QString CatalogEntryView::plain(const LocalizedText &text) const
{
    switch (m_language) {
    case ReferenceLanguage::Chinese: return text.text(Language::Chinese);
    case ReferenceLanguage::English: return text.text(Language::English);
    case ReferenceLanguage::Both: break;
    }
    if (text.zh.isEmpty() || text.en.isEmpty() || text.zh == text.en)
        return text.zh.isEmpty() ? text.en : text.zh;
    return text.zh + u'\n' + text.en;
}

QString CatalogEntryView::prose(const LocalizedText &text) const
{
    // Catalog text may come from a user's import: escape it, then show `backticked` commands as code.
    static const QRegularExpression code(u"`([^`]+)`"_s);
    QString html = escaped(plain(text));
    html.replace(code, u"<code>\\1</code>"_s);
    return lines(html);
}

QString CatalogEntryView::originText(const LocalizedText &text) const
{
    const Language shown = m_language == ReferenceLanguage::Chinese ? Language::Chinese : Language::English;
    switch (text.origin(shown)) {
    case TextOrigin::Vendor: return tr("vendor reference");
    case TextOrigin::Translated: return tr("translated by LogSage");
    case TextOrigin::Written: return tr("written by LogSage");
    case TextOrigin::User: return tr("user catalog");
    }
    return {};
}

QString CatalogEntryView::entryHtml(const CatalogEntry &entry)
{
    QString html = u"<p><span style='font-family:monospace; font-size:large; font-weight:bold'>%1</span><br>"_s
                       .arg(escaped(entry.id));
    QStringList facts;
    if (entry.severity >= 0)
        facts << tr("Severity %1 (%2)").arg(entry.severity).arg(translatedSeverityName(entry.severity));
    if (!entry.section.isEmpty())
        facts << tr("Section %1").arg(entry.section);
    if (!entry.catalogName.isEmpty())
        facts << tr("Catalog %1").arg(entry.catalogName);
    html += u"<small>%1</small></p>"_s.arg(escaped(facts.join(u" · "_s)));
    if (!entry.appliesTo.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(prose(entry.appliesTo));
    if (!entry.message.isEmpty())
        html += u"<h3>%1</h3><p style='font-family:monospace'>%2</p>"_s.arg(escaped(tr("Message")),
                                                                          lines(escaped(plain(entry.message))));
    if (!entry.meaning.isEmpty())
        html += u"<h3>%1</h3><p>%2<br><small style='color:%3'>%4</small></p>"_s.arg(
            escaped(tr("Meaning")), prose(entry.meaning), palette().color(QPalette::PlaceholderText).name(),
            escaped(originText(entry.meaning)));
    if (!entry.note.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(prose(entry.note));
    html += bodyHtml(entry.parameters, entry.causesIntro, entry.causes, entry.steps);
    if (!entry.fullText && entry.note.isEmpty() && entry.causes.isEmpty() && entry.steps.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(escaped(
            tr("Only the title of this message is known; import the vendor's log reference for your device "
               "(File > Import Reference...) for its full text.")));
    return html;
}

QString CatalogEntryView::fragmentHtml(const CatalogFragment &fragment)
{
    const QString title = fragment.before.isEmpty() ? tr("Fragment without heading")
                                                    : tr("Fragment before section %1").arg(fragment.before);
    QString html = u"<p><span style='font-size:large; font-weight:bold'>%1</span><br><small>%2</small></p>"_s.arg(
        escaped(title), escaped(fragment.catalogName.isEmpty() ? QString() : tr("Catalog %1").arg(fragment.catalogName)));
    html += u"<p><i>%1</i></p>"_s.arg(escaped(
        tr("This piece of a reference entry has lost its heading and message ID (for example, it was cut off "
           "at the start of an excerpt): it can be read here but is never matched to log lines.")));
    if (!fragment.note.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(prose(fragment.note));
    return html + bodyHtml(fragment.parameters, {}, fragment.causes, fragment.steps);
}

QString CatalogEntryView::bodyHtml(const QList<CatalogParameter> &parameters, const LocalizedText &causesIntro,
                                   const QList<CatalogCause> &causes, const QList<CatalogStep> &steps)
{
    QString html;
    if (!parameters.isEmpty()) {
        html += u"<h3>%1</h3><table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse' width='100%'>"
                u"<tr><th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>"_s
                    .arg(escaped(tr("Parameters")), escaped(tr("Name")), escaped(tr("Type")), escaped(tr("Meaning")));
        for (const CatalogParameter &parameter : parameters)
            html += u"<tr><td><code>%1</code></td><td>%2</td><td>%3</td></tr>"_s.arg(
                escaped(parameter.name), escaped(parameter.type), prose(parameter.description));
        html += u"</table>"_s;
    }
    if (!causes.isEmpty() || !causesIntro.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(escaped(tr("Possible causes")));
        if (!causesIntro.isEmpty())
            html += u"<p>%1</p>"_s.arg(prose(causesIntro));
        html += u"<ol>"_s;
        for (const CatalogCause &cause : causes) {
            QString item = prose(cause.text);
            if (cause.condition && !cause.condition->fallback && !cause.condition->equals.isEmpty())
                item = u"<code>%1=%2</code>: %3"_s.arg(escaped(cause.condition->parameter),
                                                       escaped(cause.condition->equals), item);
            else if (cause.condition && cause.condition->fallback)
                item = u"<i>%1</i> %2"_s.arg(escaped(tr("(any other %1)").arg(cause.condition->parameter)), item);
            html += u"<li>"_s + item + stepsHtml(cause.steps) + u"</li>"_s;
        }
        html += u"</ol>"_s;
    }
    if (!steps.isEmpty())
        html += u"<h3>%1</h3>"_s.arg(escaped(tr("What to do"))) + stepsHtml(steps);
    return html;
}

QString CatalogEntryView::stepsHtml(const QList<CatalogStep> &steps)
{
    if (steps.isEmpty())
        return {};
    QString html = u"<ol>"_s;
    for (const CatalogStep &step : steps) {
        html += u"<li>"_s + prose(step.text);
        for (const QString &command : step.commands) {
            html += u"<br><code style='background-color:%1'>&nbsp;%2&nbsp;</code> <a href='copy:%3'>%4</a>"_s.arg(
                palette().color(QPalette::AlternateBase).name(), escaped(command),
                QString::number(m_commands.size()), escaped(tr("Copy")));
            m_commands.append(command);
        }
        html += u"</li>"_s;
    }
    return html + u"</ol>"_s;
}

} // namespace LogSage
