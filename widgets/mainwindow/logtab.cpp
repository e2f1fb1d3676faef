#include "logtab.h"

#include "case.h"
#include "casemessagebar.h"
#include "casestore.h"
#include "catalog.h"
#include "filterbar.h"
#include "filteredlines.h"
#include "findbar.h"
#include "hiddenlinebar.h"
#include "linesource.h"
#include "linevisibility.h"
#include "logdocument.h"
#include "logview.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

/// True when a catalog has an entry for the message type named MODULE/SEVERITY/BRIEF.
bool catalogKnows(const Catalog &catalog, QByteArrayView name)
{
    const qsizetype first = name.indexOf('/');
    const qsizetype last = name.lastIndexOf('/');
    return first > 0 && last > first && catalog.find(name.first(first), name.sliced(last + 1));
}

} // namespace

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
    m_findBar = new FindBar(this);
    m_findBar->hide();
    layout->addWidget(m_findBar);
    connect(m_findBar, &FindBar::findRequested, this, &LogTab::findText);
    connect(m_findBar, &FindBar::closed, m_view, qOverload<>(&QWidget::setFocus));

    m_allLines = new DocumentLineSource(m_document, this);
    m_filteredSource = new FilteredLineSource(m_filtered, this);
    m_view->setLineSource(m_allLines);

    connect(m_view, &LogView::currentLineChanged, this, &LogTab::currentLineChanged);
    connect(m_view, &LogView::contextMenuRequested, this, &LogTab::showContextMenu);
    connect(m_filterBar, &FilterBar::specChanged, this, &LogTab::applyFilter);
    connect(m_filterBar, &FilterBar::stopRequested, this, &LogTab::stopFilterSearch);
    // With both searches running Esc is ambiguous: Qt hands it to one of the two; stop both.
    connect(m_view, &LogView::ambiguousEscape, this, &LogTab::stopFilterSearch);
    connect(m_filterBar, &FilterBar::ambiguousEscape, this, [this] {
        m_view->stopSearch();
        stopFilterSearch();
    });
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

LogTab::~LogTab()
{
    m_view->stopSearch(); // its worker reads the filtered lines, which go with this tab
    writeFollowedGrowth(); // the last size, so that nothing followed is lost at close or quit
}

bool LogTab::open(const QString &path)
{
    if (!openDocument(path))
        return false;
    CaseLoad load = CaseStore().caseFor({path});
    if (!load.warning.isEmpty())
        Q_EMIT statusMessage(load.warning);
    if (!load.ok()) {
        Q_EMIT statusMessage(load.error);
        return true;
    }
    setCase(std::shared_ptr<Case>(std::move(load.value)));
    showCaseLoad(load);
    return true;
}

bool LogTab::openDocument(const QString &path)
{
    if (!m_document->open(path))
        return false;
    // A followed log grows under its case: the case keeps it, with its fingerprint brought up to date.
    connect(m_document, &LogDocument::linesAdded, this, &LogTab::refreshFollowedFile, Qt::UniqueConnection);
    // Bookmarks are checked against their lines once those are read.
    connect(m_document, &LogDocument::indexingFinished, this, &LogTab::updateBookmarks, Qt::UniqueConnection);
    return true;
}

void LogTab::refreshFollowedFile()
{
    if (!m_case || !m_document->isFollowing())
        return;
    // Fingerprinting the file and writing the case on every batch of lines would load the GUI
    // thread of a busy log: the growth is written at most once per interval, and at close.
    m_followGrown = true;
    if (!followSaveTimer()->isActive())
        m_followSave->start();
}

QTimer *LogTab::followSaveTimer()
{
    if (!m_followSave) {
        m_followSave = new QTimer(this);
        m_followSave->setSingleShot(true);
        m_followSave->setInterval(std::chrono::seconds(10));
        connect(m_followSave, &QTimer::timeout, this, &LogTab::writeFollowedGrowth);
    }
    return m_followSave;
}

void LogTab::writeFollowedGrowth()
{
    if (!m_followGrown)
        return;
    m_followGrown = false;
    if (m_case)
        CaseStore::refreshFile(*m_case, m_document->path());
}

void LogTab::setFollowSaveInterval(std::chrono::milliseconds interval)
{
    followSaveTimer()->setInterval(interval);
}

void LogTab::setCase(std::shared_ptr<Case> investigation)
{
    writeFollowedGrowth(); // into the case that followed it
    if (m_case)
        disconnect(m_case.get(), nullptr, this, nullptr); // another tab may keep using it
    m_case = std::move(investigation);
    m_offeredCase.clear();
    if (m_caseBar && m_caseBar->isQuestion())
        m_caseBar->hide();
    if (m_case) {
        connect(m_case.get(), &Case::saveFailed, this, &LogTab::statusMessage);
        connect(m_case.get(), &Case::bookmarksChanged, this, &LogTab::updateBookmarks);
        restoreFromCase();
    }
    Q_EMIT caseChanged(m_case.get());
}

void LogTab::showCaseLoad(const CaseLoad &load)
{
    if (!m_caseBar) {
        m_caseBar = new CaseMessageBar(this);
        if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
            box->insertWidget(0, m_caseBar);
        connect(m_caseBar, &CaseMessageBar::useThatCase, this, [this] { Q_EMIT changedCaseAnswered(true, m_offeredCase); });
        connect(m_caseBar, &CaseMessageBar::startNewCase, this, [this] {
            // Kept from now on, so the same content is not asked about again.
            if (m_case)
                m_case->save();
            Q_EMIT changedCaseAnswered(false, m_offeredCase);
            m_offeredCase.clear();
        });
    }
    const QString path = QFileInfo(m_document->path()).absoluteFilePath();
    if (!load.changedCasePath.isEmpty()) {
        m_offeredCase = load.changedCasePath;
        m_caseBar->showQuestion([file = load.changedFile, saved = load.changedCaseSaved] {
            return CaseStore::changedNotice(file, saved);
        });
        return;
    }
    QList<GrownFile> grown;
    for (const GrownFile &file : load.grown)
        if (QFileInfo(file.path).absoluteFilePath() == path)
            grown.append(file);
    if (!grown.isEmpty())
        m_caseBar->showStatement([grown] { return CaseStore::grownNotice(grown); });
}

void LogTab::restoreFromCase()
{
    const FilterSpec spec = FilterSpec::fromJson(m_case->filtersFor(fileKey()));
    if (spec != m_filterBar->spec())
        setFilter(spec);
    updateBookmarks();
    if (m_case->hasChangedFiles())
        Q_EMIT statusMessage(m_case->fileProblems().join(u' '));
}

QString LogTab::fileKey() const
{
    if (!m_case)
        return {};
    const QString path = QFileInfo(m_document->path()).absoluteFilePath();
    for (const CaseFile &file : m_case->files())
        if (QFileInfo(file.path).absoluteFilePath() == path)
            return file.fingerprint;
    return m_case->files().isEmpty() ? QString() : m_case->files().constFirst().fingerprint;
}

void LogTab::updateBookmarks()
{
    QSet<quint64> lines;
    QHash<quint64, QString> notes;
    if (m_case) {
        const QString key = fileKey();
        const QList<quint64> changed = changedBookmarkLines();
        for (const CaseBookmark &bookmark : m_case->bookmarks())
            if (bookmark.file == key) {
                lines.insert(bookmark.line);
                QString note = bookmark.note;
                if (changed.contains(bookmark.line))
                    note = note.isEmpty() ? tr("This line has changed since it was bookmarked.")
                                          : tr("This line has changed since it was bookmarked. Note: %1").arg(note);
                if (!note.isEmpty())
                    notes.insert(bookmark.line, note);
            }
    }
    m_view->setBookmarks(lines);
    m_view->setBookmarkNotes(notes);
}

QList<quint64> LogTab::changedBookmarkLines() const
{
    QList<quint64> changed;
    if (!m_case)
        return changed;
    const QString key = fileKey();
    const quint64 indexed = m_document->lineCount().value;
    for (const CaseBookmark &bookmark : m_case->bookmarks()) {
        if (bookmark.file != key || bookmark.lineHash.isEmpty())
            continue;
        // A line beyond the end is gone; one not indexed yet is checked when indexing ends.
        const bool gone = !m_document->isIndexing() && bookmark.line >= indexed;
        if (gone || (bookmark.line < indexed && !Case::bookmarkMatches(bookmark, m_document->lineBytes(LineNumber(bookmark.line)))))
            changed.append(bookmark.line);
    }
    return changed;
}

void LogTab::toggleBookmark(LineNumber line)
{
    if (!m_case)
        return;
    const QString key = fileKey();
    if (m_case->bookmark(key, line.value))
        m_case->removeBookmark(key, line.value);
    else
        m_case->addBookmark({key, line.value, Case::lineHash(m_document->lineBytes(line)), QString()});
}

void LogTab::editBookmarkNote(LineNumber line)
{
    if (!m_case)
        return;
    const QString key = fileKey();
    if (!m_case->bookmark(key, line.value))
        m_case->addBookmark({key, line.value, Case::lineHash(m_document->lineBytes(line)), QString()});
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Bookmark Note"), tr("Note on line %L1:").arg(line.value + 1),
                                               QLineEdit::Normal, m_case->bookmark(key, line.value)->note, &ok);
    if (ok)
        m_case->setBookmarkNote(key, line.value, note);
}

bool LogTab::goToBookmark(bool forward)
{
    if (!m_case)
        return false;
    const auto current = m_view->currentLine();
    const quint64 here = current ? current->value : 0;
    std::optional<quint64> best;
    const QString key = fileKey();
    for (const CaseBookmark &bookmark : m_case->bookmarks()) {
        if (bookmark.file != key)
            continue;
        if (forward && bookmark.line > here && (!best || bookmark.line < *best))
            best = bookmark.line;
        if (!forward && bookmark.line < here && (!best || bookmark.line > *best))
            best = bookmark.line;
    }
    if (!best) {
        Q_EMIT statusMessage(forward ? tr("No bookmark after this line.") : tr("No bookmark before this line."));
        return false;
    }
    goToLine(LineNumber(*best));
    return true;
}

bool LogTab::goToLine(LineNumber line)
{
    if (line.value >= m_document->lineCount().value) {
        // A bookmark of a file that has shrunk since, or a tunnel line of a file being re-read.
        Q_EMIT statusMessage(tr("Line %L1 is past the end of this log (%L2 lines).").arg(line.value + 1).arg(m_document->lineCount().value));
        return false;
    }
    m_view->jumpToLine(line);
    const RecognizedTypes recognized = [this](quint16 type) {
        return type < m_recognized.size() ? m_recognized.testBit(type) : catalogKnows(m_catalog, m_document->messageTypeName(type));
    };
    if (lineShownBy(filter(), *m_document, line, recognized)) {
        if (m_hiddenBar)
            m_hiddenBar->hide();
        return true;
    }
    if (!m_hiddenBar) {
        m_hiddenBar = new HiddenLineBar(this);
        if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
            box->insertWidget(box->indexOf(m_view), m_hiddenBar);
        connect(m_hiddenBar, &HiddenLineBar::showLineRequested, this, &LogTab::revealLine);
        connect(this, &LogTab::filterChanged, m_hiddenBar, &QWidget::hide);
    }
    const auto selected = m_view->currentLine();
    m_hiddenBar->showFor(line, selected && *selected != line ? selected : std::nullopt);
    Q_EMIT statusMessage(m_hiddenBar->text());
    return false;
}

void LogTab::revealLine(LineNumber line)
{
    const RecognizedTypes recognized = [this](quint16 type) {
        return type < m_recognized.size() ? m_recognized.testBit(type) : catalogKnows(m_catalog, m_document->messageTypeName(type));
    };
    setFilter(specShowingLine(filter(), *m_document, line, recognized));
    // A filtered view finds its lines on a worker: the line is selected once it is found.
    if (filter().isEmpty())
        m_view->jumpToLine(line);
    else
        m_keepLine = line;
    if (m_hiddenBar)
        m_hiddenBar->hide();
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
        // Asked each time the filter runs on more lines, possibly before updateChoicesAndRecognized()
        // has seen the types interned since: those are looked up in the catalog here.
        m_filtered->setFilter(spec.toLineFilter([this](quint16 type) {
            if (type < m_recognized.size())
                return m_recognized.testBit(type);
            return catalogKnows(m_catalog, m_document->messageTypeName(type));
        }));
        if (!m_filtered->errorString().isEmpty())
            Q_EMIT statusMessage(m_filtered->errorString());
        m_view->setLineSource(m_filteredSource);
    }
    updateShownCount();
    if (m_case)
        m_case->setFiltersFor(fileKey(), spec.toJson());
    Q_EMIT filterChanged(spec);
}

void LogTab::stopFilterSearch()
{
    if (!m_filtered->isSearching())
        return;
    const FilterSpec previous = m_filterBar->lastCompleteSpec();
    if (previous == m_filterBar->spec()) {
        // The same filter, searching lines added since it ended: keep what it found.
        m_filtered->cancel();
        Q_EMIT statusMessage(tr("The filter was stopped; the lines found so far are shown."));
        return;
    }
    // Going back drops the running search: its workers are cancelled and waited for. The bar keeps
    // what was typed, marked as not applied, so that Enter runs it again.
    m_filterBar->showStopped(previous);
    applyFilter(previous);
    Q_EMIT statusMessage(previous.isEmpty() ? tr("The filter was stopped; every line is shown.")
                                            : tr("The filter was stopped; the previous filter is shown again."));
}

void LogTab::hideMessage(const QString &messageId)
{
    FilterSpec spec = m_filterBar->spec();
    if (spec.hiddenMessages.contains(messageId))
        return;
    spec.hiddenMessages.append(messageId);
    setFilter(spec);
    Q_EMIT statusMessage(tr("Lines with %1 are hidden; the filter bar's list of hidden messages shows them again.").arg(messageId));
}

void LogTab::showOnlyMessage(const QString &messageId)
{
    FilterSpec spec = m_filterBar->spec();
    spec.messageId = messageId;
    setFilter(spec);
}

void LogTab::openFindBar()
{
    m_findBar->open();
}

bool LogTab::findText(bool forward)
{
    const FilterSpec textOnly = m_findBar->query();
    if (textOnly.text.isEmpty()) {
        openFindBar();
        return false;
    }
    m_findBar->setStatus({});
    const QString needle = textOnly.text;
    const bool started = m_view->findRow(forward, {{}, textOnly.toLineFilter()}, [this, forward, needle](RowSearch::Outcome outcome) {
        if (outcome != RowSearch::Outcome::NotFound)
            return;
        m_findBar->setStatus(tr("Not found"));
        Q_EMIT statusMessage(forward ? tr("\"%1\" does not occur after this line.").arg(needle)
                                     : tr("\"%1\" does not occur before this line.").arg(needle));
    });
    if (!started && !m_view->searchError().isEmpty()) {
        m_findBar->setStatus(m_view->searchError());
        Q_EMIT statusMessage(m_view->searchError());
    }
    return started;
}

void LogTab::refreshRecognition()
{
    m_recognized.clear();
    updateChoicesAndRecognized();
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
        if (catalogKnows(m_catalog, name))
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
    QAction *bookmark = menu.addAction(tr("Toggle &Bookmark"), this, [this, line] { toggleBookmark(line); });
    bookmark->setObjectName(u"contextBookmark"_s);
    QAction *note = menu.addAction(tr("Bookmark &Note..."), this, [this, line] { editBookmarkNote(line); });
    note->setObjectName(u"contextBookmarkNote"_s);
    if (!messageId.isEmpty()) {
        menu.addSeparator();
        QAction *hide = menu.addAction(tr("&Hide %1").arg(QString(messageId).replace(u'&', u"&&"_s)), this, [this, messageId] { hideMessage(messageId); });
        hide->setObjectName(u"contextHideMessage"_s);
        QAction *only = menu.addAction(tr("Show &Only %1").arg(QString(messageId).replace(u'&', u"&&"_s)), this, [this, messageId] { showOnlyMessage(messageId); });
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
