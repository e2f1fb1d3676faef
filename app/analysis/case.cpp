#include "case.h"

#include <QCryptographicHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace LogSage {

Case::Case(QObject *parent)
    : QObject(parent)
{
}

Case::~Case() = default;

bool Case::save()
{
    if (m_storagePath.isEmpty())
        return true;
    m_lastError = writeTo(m_storagePath);
    if (!m_lastError.isEmpty()) {
        Q_EMIT saveFailed(m_lastError);
        return false;
    }
    return true;
}

bool Case::commitChange()
{
    Q_EMIT changed();
    return save();
}

QString Case::key() const
{
    QStringList fingerprints;
    for (const CaseFile &file : m_files)
        fingerprints.append(file.fingerprint);
    return fingerprints.isEmpty() ? QString() : fingerprintOfSet(fingerprints);
}

bool Case::setFiles(const QList<CaseFile> &files)
{
    if (files == m_files)
        return true;
    m_files = files;
    Q_EMIT filesChanged();
    return commitChange();
}

bool Case::updateFiles(const QList<CaseFile> &files)
{
    if (files.size() != m_files.size())
        return setFiles(files);
    if (files == m_files)
        return true;
    QHash<QString, QString> renamed;
    for (qsizetype i = 0; i < files.size(); ++i)
        if (m_files.at(i).fingerprint != files.at(i).fingerprint)
            renamed.insert(m_files.at(i).fingerprint, files.at(i).fingerprint);
    m_files = files;
    bool bookmarksMoved = false;
    for (CaseBookmark &bookmark : m_bookmarks)
        if (const auto to = renamed.constFind(bookmark.file); to != renamed.cend()) {
            bookmark.file = *to;
            bookmarksMoved = true;
        }
    std::sort(m_bookmarks.begin(), m_bookmarks.end(), [](const CaseBookmark &a, const CaseBookmark &b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    QHash<QString, QJsonObject> fileFilters;
    for (auto it = m_fileFilters.cbegin(); it != m_fileFilters.cend(); ++it)
        fileFilters.insert(renamed.value(it.key(), it.key()), it.value());
    m_fileFilters = fileFilters;
    Q_EMIT filesChanged();
    if (bookmarksMoved)
        Q_EMIT bookmarksChanged();
    return commitChange();
}

void Case::setFileStatus(int index, CaseFile::Status status)
{
    if (index < 0 || index >= m_files.size() || m_files.at(index).status == status)
        return;
    m_files[index].status = status;
    Q_EMIT filesChanged();
}

QString Case::fingerprintOf(const QString &path) const
{
    for (const CaseFile &file : m_files)
        if (file.path == path)
            return file.fingerprint;
    return {};
}

bool Case::hasChangedFiles() const
{
    return std::any_of(m_files.cbegin(), m_files.cend(),
                       [](const CaseFile &f) { return f.status == CaseFile::Status::Changed; });
}

QStringList Case::fileProblems() const
{
    QStringList problems;
    for (const CaseFile &file : m_files) {
        if (file.status == CaseFile::Status::Changed)
            problems.append(tr("The log file %1 has changed since the case was saved; bookmarks and ticks may no longer fit it.")
                                .arg(file.path));
        else if (file.status == CaseFile::Status::Missing)
            problems.append(tr("The log file %1 of this case is missing; open it from where it is now.").arg(file.path));
    }
    return problems;
}

bool Case::isTicked(const StepId &step) const
{
    return m_steps.value(step).ticked;
}

bool Case::setTicked(const StepId &step, bool ticked)
{
    if (!step.isValid() || isTicked(step) == ticked)
        return true;
    CaseStepState &state = m_steps[step];
    state.ticked = ticked;
    if (state == CaseStepState())
        m_steps.remove(step);
    Q_EMIT stepChanged(step);
    return commitChange();
}

QString Case::note(const StepId &step) const
{
    return m_steps.value(step).note;
}

bool Case::setNote(const StepId &step, const QString &note)
{
    if (!step.isValid() || this->note(step) == note)
        return true;
    CaseStepState &state = m_steps[step];
    state.note = note;
    if (state == CaseStepState())
        m_steps.remove(step);
    Q_EMIT stepChanged(step);
    return commitChange();
}

StepProgress Case::progress(const QList<StepId> &steps) const
{
    StepProgress result;
    result.total = int(steps.size());
    result.ticked = int(std::count_if(steps.cbegin(), steps.cend(), [this](const StepId &s) { return isTicked(s); }));
    return result;
}

StepProgress Case::progress(const QList<ShownStep> &steps) const
{
    StepProgress result;
    result.total = int(steps.size());
    result.ticked = int(std::count_if(steps.cbegin(), steps.cend(), [this](const ShownStep &s) { return isTicked(s.id); }));
    return result;
}

StepProgress Case::progress(const CatalogEntry &entry, int matchedCause, const QList<int> &causeOrder) const
{
    return progress(shownSteps(entry, matchedCause, causeOrder));
}

qsizetype Case::bookmarkIndex(const QString &file, quint64 line) const
{
    for (qsizetype i = 0; i < m_bookmarks.size(); ++i)
        if (m_bookmarks.at(i).line == line && m_bookmarks.at(i).file == file)
            return i;
    return -1;
}

const CaseBookmark *Case::bookmark(const QString &file, quint64 line) const
{
    const qsizetype i = bookmarkIndex(file, line);
    return i < 0 ? nullptr : &m_bookmarks.at(i);
}

QSet<quint64> Case::bookmarkedLines(const QString &file) const
{
    QSet<quint64> lines;
    for (const CaseBookmark &b : m_bookmarks)
        if (b.file == file)
            lines.insert(b.line);
    return lines;
}

bool Case::addBookmark(const CaseBookmark &bookmark)
{
    const qsizetype i = bookmarkIndex(bookmark.file, bookmark.line);
    if (i >= 0) {
        if (m_bookmarks.at(i) == bookmark)
            return true;
        m_bookmarks[i] = bookmark;
    } else {
        // Kept ordered by file and line, so the saved file is stable and lists read top to bottom.
        const auto at = std::lower_bound(m_bookmarks.begin(), m_bookmarks.end(), bookmark,
                                         [](const CaseBookmark &a, const CaseBookmark &b) {
                                             return std::tie(a.file, a.line) < std::tie(b.file, b.line);
                                         });
        m_bookmarks.insert(at, bookmark);
    }
    Q_EMIT bookmarksChanged();
    return commitChange();
}

bool Case::removeBookmark(const QString &file, quint64 line)
{
    const qsizetype i = bookmarkIndex(file, line);
    if (i < 0)
        return true;
    m_bookmarks.removeAt(i);
    Q_EMIT bookmarksChanged();
    return commitChange();
}

bool Case::setBookmarkNote(const QString &file, quint64 line, const QString &note)
{
    const qsizetype i = bookmarkIndex(file, line);
    if (i < 0 || m_bookmarks.at(i).note == note)
        return i >= 0;
    m_bookmarks[i].note = note;
    Q_EMIT bookmarksChanged();
    return commitChange();
}

QString Case::lineHash(QByteArrayView lineBytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(lineBytes, QCryptographicHash::Sha256).toHex());
}

bool Case::bookmarkMatches(const CaseBookmark &bookmark, QByteArrayView currentLineBytes)
{
    return bookmark.lineHash == lineHash(currentLineBytes);
}

bool Case::setFilters(const QJsonObject &filters)
{
    if (filters == m_filters)
        return true;
    m_filters = filters;
    Q_EMIT filtersChanged();
    return commitChange();
}

QJsonObject Case::filtersFor(const QString &file) const
{
    if (m_files.size() <= 1)
        return m_filters;
    return m_fileFilters.value(file, m_filters);
}

bool Case::setFiltersFor(const QString &file, const QJsonObject &filters)
{
    if (m_files.size() <= 1 || file.isEmpty())
        return setFilters(filters);
    if (filtersFor(file) == filters)
        return true;
    m_fileFilters.insert(file, filters);
    Q_EMIT filtersChanged();
    return commitChange();
}

bool Case::setLanguage(const QString &language)
{
    if (language == m_language)
        return true;
    m_language = language;
    Q_EMIT languageChanged(language);
    return commitChange();
}

} // namespace LogSage
