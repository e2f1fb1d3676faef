#include "logtab.h"

#include "catalog.h"
#include "filterbar.h"
#include "filteredlines.h"
#include "linesource.h"
#include "logdocument.h"
#include "logview.h"

#include <QMenu>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

LogTab::LogTab(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_document(new LogDocument(this))
    , m_view(new LogView(this))
    , m_filterBar(new FilterBar(this))
    , m_filtered(new FilteredLines(m_document, this))
{
    setObjectName(u"logTab"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);

    m_allLines = new DocumentLineSource(m_document, this);
    m_filteredSource = new FilteredLineSource(m_filtered, this);
    m_view->setLineSource(m_allLines);

    connect(m_view, &LogView::currentLineChanged, this, &LogTab::currentLineChanged);
    connect(m_view, &LogView::contextMenuRequested, this, &LogTab::showContextMenu);
    connect(m_filterBar, &FilterBar::specChanged, this, &LogTab::applyFilter);
    connect(m_document, &LogDocument::linesAdded, this, [this] {
        updateChoicesAndRecognized();
        updateShownCount();
    });
    connect(m_document, &LogDocument::indexingFinished, this, [this] {
        updateChoicesAndRecognized();
        updateShownCount();
    });
    connect(m_filtered, &FilteredLines::linesAdded, this, [this] {
        updateShownCount();
        if (m_keepLine && m_filtered->filteredLineAtOrAfter(*m_keepLine) < LineNumber(m_filtered->lineCount().value)) {
            m_view->setCurrentLine(*m_keepLine);
            m_keepLine.reset();
        }
    });
    connect(m_filtered, &FilteredLines::searchFinished, this, [this] {
        updateShownCount();
        if (m_keepLine) {
            m_view->setCurrentLine(*m_keepLine);
            m_keepLine.reset();
        }
    });
}

LogTab::~LogTab() = default;

bool LogTab::open(const QString &path)
{
    return m_document->open(path);
}

FilterSpec LogTab::filter() const
{
    return m_filterBar->spec();
}

void LogTab::setFilter(const FilterSpec &spec)
{
    m_filterBar->setSpec(spec);
    applyFilter(spec);
}

void LogTab::applyFilter(const FilterSpec &spec)
{
    m_keepLine = m_view->currentLine();
    if (spec.isEmpty()) {
        m_filtered->clear();
        m_view->setLineSource(m_allLines);
        if (m_keepLine)
            m_view->setCurrentLine(*m_keepLine);
        m_keepLine.reset();
    } else {
        m_filtered->setFilter(spec.toLineFilter(*m_document, [this](quint16 type) {
            return type < m_recognized.size() && m_recognized.testBit(type);
        }));
        if (!m_filtered->errorString().isEmpty())
            Q_EMIT statusMessage(m_filtered->errorString());
        m_view->setLineSource(m_filteredSource);
    }
    updateShownCount();
    Q_EMIT filterChanged(spec);
}

void LogTab::hideMessage(const QString &messageId)
{
    FilterSpec spec = m_filterBar->spec();
    if (spec.hiddenMessages.contains(messageId))
        return;
    spec.hiddenMessages.append(messageId);
    setFilter(spec);
    Q_EMIT statusMessage(tr("Lines with %1 are hidden; the filter bar's Clear shows them again.").arg(messageId));
}

void LogTab::showOnlyMessage(const QString &messageId)
{
    FilterSpec spec = m_filterBar->spec();
    spec.messageId = messageId;
    setFilter(spec);
}

bool LogTab::findText(bool forward)
{
    const QString needle = m_filterBar->spec().text;
    if (needle.isEmpty())
        return false;
    const Qt::CaseSensitivity cs = m_filterBar->spec().caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    LineSource *source = m_view->lineSource();
    const quint64 rows = source->rowCount();
    const quint64 current = m_view->currentRow();
    if (forward) {
        for (quint64 row = current + 1; row < rows; ++row)
            if (source->text(row).contains(needle, cs)) {
                m_view->setCurrentRow(row);
                return true;
            }
    } else {
        for (quint64 row = current; row-- > 0;)
            if (source->text(row).contains(needle, cs)) {
                m_view->setCurrentRow(row);
                return true;
            }
    }
    Q_EMIT statusMessage(forward ? tr("\"%1\" does not occur after this line.").arg(needle)
                                 : tr("\"%1\" does not occur before this line.").arg(needle));
    return false;
}

void LogTab::updateChoicesAndRecognized()
{
    updateTimeSpan();
    const int count = m_document->messageTypeCount();
    if (count + 1 == m_recognized.size())
        return; // nothing new interned since the last time
    QBitArray recognized(count + 1);
    QStringList messages;
    QSet<QString> modules;
    for (int type = 1; type <= count; ++type) {
        const QByteArray name = m_document->messageTypeName(quint16(type));
        messages.append(QString::fromUtf8(name));
        const qsizetype first = name.indexOf('/');
        const qsizetype last = name.lastIndexOf('/');
        if (first <= 0 || last <= first)
            continue;
        modules.insert(QString::fromUtf8(name.first(first)).toUpper());
        if (m_catalog.find(QByteArrayView(name).first(first), QByteArrayView(name).sliced(last + 1)))
            recognized.setBit(type);
    }
    m_recognized = recognized;
    m_view->setRecognizedTypes(recognized);
    QStringList hosts;
    for (int id = 1; id <= m_document->hostCount(); ++id)
        hosts.append(QString::fromUtf8(m_document->hostName(quint16(id))));
    QStringList moduleList(modules.cbegin(), modules.cend());
    moduleList.sort();
    messages.sort();
    hosts.sort();
    m_filterBar->setChoices(moduleList, messages, hosts);
}

void LogTab::updateTimeSpan()
{
    // The first and last printed time, looked for near both ends of the log.
    auto timeOf = [this](quint64 line) -> std::optional<QDateTime> {
        const LineRecord record = m_document->record(LineNumber(line));
        if (!(record.flags & HasTime))
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(m_document->timeBase() + qint64(record.time) * 1000, QTimeZone::UTC);
    };
    const quint64 lines = m_document->lineCount().value;
    std::optional<QDateTime> first, last;
    for (quint64 i = 0; i < std::min<quint64>(lines, 1000) && !first; ++i)
        first = timeOf(i);
    for (quint64 i = lines; i > (lines > 1000 ? lines - 1000 : 0) && !last; --i)
        last = timeOf(i - 1);
    m_filterBar->setTimeSpan(first.value_or(QDateTime()), last.value_or(QDateTime()));
}

void LogTab::updateShownCount()
{
    m_filterBar->setShownCount(m_filtered->lineCount().value, m_document->lineCount().value, m_filtered->isSearching());
}

void LogTab::showContextMenu(LineNumber line, const QPoint &globalPos)
{
    QMenu menu(this);
    const LineRecord record = m_document->record(line);
    const QString messageId = QString::fromUtf8(m_document->messageTypeName(record.messageType));
    QAction *copy = menu.addAction(tr("&Copy"), m_view, &LogView::copy);
    copy->setObjectName(u"contextCopy"_s);
    QAction *bookmark = menu.addAction(tr("Toggle &Bookmark"), this, [this, line] { Q_EMIT bookmarkRequested(line); });
    bookmark->setObjectName(u"contextBookmark"_s);
    if (!messageId.isEmpty()) {
        menu.addSeparator();
        QAction *hide = menu.addAction(tr("&Hide %1").arg(messageId), this, [this, messageId] { hideMessage(messageId); });
        hide->setObjectName(u"contextHideMessage"_s);
        QAction *only = menu.addAction(tr("Show &Only %1").arg(messageId), this, [this, messageId] { showOnlyMessage(messageId); });
        only->setObjectName(u"contextShowOnlyMessage"_s);
    }
    const FilterSpec spec = m_filterBar->spec();
    if (!spec.hiddenMessages.isEmpty()) {
        QAction *unhide = menu.addAction(tr("Show %n Hidden Message(s) Again", nullptr, int(spec.hiddenMessages.size())), this, [this] {
            FilterSpec s = m_filterBar->spec();
            s.hiddenMessages.clear();
            setFilter(s);
        });
        unhide->setObjectName(u"contextUnhide"_s);
    }
    menu.exec(globalPos);
}

} // namespace LogSage
