#include "catalogjsonreader.h"

#include "jsonposition.h"

#include <algorithm>
#include <future>
#include <iterator>
#include <system_error>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace CatalogJson {

void CatalogJsonReader::header(const Path &path)
{
    if (!expect(Type::Object, path, u"must be an object with at least a \"name\""_s))
        return;
    m_json.enterObject();
    CatalogInfo &info = m_contents.info;
    info.title = unsetText();
    info.source = unsetText();
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        if (key == "name") {
            info.name = string(path.child("name"_L1));
        } else if (key == "title") {
            info.title = text(path.child("title"_L1));
        } else if (key == "vendor") {
            info.vendor = string(path.child("vendor"_L1));
        } else if (key == "product") {
            info.product = string(path.child("product"_L1));
        } else if (key == "source") {
            info.source = text(path.child("source"_L1));
        } else if (key == "origin") {
            m_defaults = origins(path.child("origin"_L1)).over(m_defaults);
        } else if (key == "formatVersion") {
            const qsizetype offset = here();
            if (!expect(Type::Number, path.child("formatVersion"_L1), u"must be a number"_s) || m_json.readNumber() != 1)
                warning(offset, path.child("formatVersion"_L1), u"this LogSage reads format version 1; some fields may be ignored"_s);
        } else {
            unknown(key, path);
        }
    }
    m_failed = false; // problems in the header never reject the file
}

void CatalogJsonReader::entries(const Path &path)
{
    // A large catalog is read on two threads: the second half by a second reader, from a comma
    // found by a quick scan. Whatever the scan and the parser disagree on (broken JSON) is read
    // again in one piece, so problems are reported exactly as a single reader would.
    constexpr qsizetype ParallelBytes = 512 * 1024;
    const qsizetype open = here();
    const JsonCursor::ArraySplit split = m_data.size() - open > ParallelBytes
        ? JsonCursor::splitArray(m_data, open, open + (m_data.size() - open) / 2)
        : JsonCursor::ArraySplit{};
    if (split.comma < 0) {
        m_json.enterArray();
        readEntries(path, 0, -1);
        return;
    }
    const JsonCursor before = m_json;
    const std::size_t entriesBefore = m_contents.entries.size();
    const qsizetype problemsBefore = m_pending.size();
    CatalogJsonReader second(m_data, m_fileName, false);
    second.m_defaults = m_defaults;
    second.m_json = JsonCursor(m_data, split.comma);
    second.m_json.resumeInArray();
    std::future<void> rest;
    try {
        rest = std::async(std::launch::async, [&second, &path, &split] { second.readEntries(path, split.index, -1); });
    } catch (const std::system_error &) { // no thread to be had: read it in one piece
        m_json.enterArray();
        readEntries(path, 0, -1);
        return;
    }
    m_json.enterArray();
    readEntries(path, 0, split.comma);
    rest.wait();
    if (!m_json.failed() && !second.m_json.failed() && here() == split.comma && second.m_json.offset() == split.close + 1) {
        m_json.jumpTo(split.close);
        m_json.nextElement(); // the ']'
        std::move(second.m_contents.entries.begin(), second.m_contents.entries.end(), std::back_inserter(m_contents.entries));
        m_contents.entryOffsets.insert(m_contents.entryOffsets.end(), second.m_contents.entryOffsets.cbegin(),
                                       second.m_contents.entryOffsets.cend());
        m_pending += second.m_pending;
        return;
    }
    m_json = before;
    m_contents.entries.resize(entriesBefore);
    m_contents.entryOffsets.resize(entriesBefore);
    m_pending.resize(problemsBefore);
    m_json.enterArray();
    readEntries(path, 0, -1);
}

void CatalogJsonReader::readEntries(const Path &path, qsizetype firstIndex, qsizetype stopAt)
{
    for (qsizetype i = firstIndex; (stopAt < 0 || here() < stopAt) && m_json.nextElement(); ++i) {
        const qsizetype start = here();
        QString id;
        const qsizetype firstProblem = m_pending.size();
        std::optional<CatalogEntry> result = entry(path.at(i), &id);
        for (qsizetype p = firstProblem; p < m_pending.size(); ++p)
            m_pending[p].entryId = id;
        if (!result) {
            m_pending.append({start, id, u"entries[%1] is skipped because of the problems above"_s.arg(i)});
            continue;
        }
        m_contents.entries.push_back(std::move(*result));
        m_contents.entryOffsets.push_back(start);
    }
}

void CatalogJsonReader::fragments(const Path &path)
{
    if (!expect(Type::Array, path, u"must be an array"_s))
        return;
    m_json.enterArray();
    for (qsizetype i = 0; m_json.nextElement(); ++i) {
        const qsizetype start = here();
        std::optional<CatalogFragment> result = fragment(path.at(i));
        if (!result) {
            m_pending.append({start, QString(), u"fragments[%1] is skipped because of the problems above"_s.arg(i)});
            continue;
        }
        m_contents.fragments.append(std::move(*result));
    }
}

QList<CatalogProblem> CatalogJsonReader::problems() const
{
    QList<qsizetype> offsets;
    offsets.reserve(m_pending.size());
    for (const PendingProblem &problem : m_pending)
        offsets.append(problem.offset);
    const QList<TextPosition> positions = positionsAt(m_data, offsets);
    QList<CatalogProblem> result;
    result.reserve(m_pending.size());
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        result.append({m_fileName, positions[i].line, positions[i].column, m_pending[i].entryId, m_pending[i].message});
    return result;
}

CatalogFileContents CatalogJsonReader::read()
{
    const Path root;
    if (m_json.peek() == Type::Object) {
        m_json.enterObject();
        qsizetype entriesOffset = -1;
        qsizetype fragmentsOffset = -1;
        bool sawHeader = false;
        bool entriesAreArray = false;
        bool entriesRead = false;
        bool fragmentsRead = false;
        const Path entriesPath{nullptr, "entries"_L1};
        const Path fragmentsPath{nullptr, "fragments"_L1};
        QByteArrayView key;
        while (m_json.nextKey(&key)) {
            // Entries and fragments need the header's default origins: read them at once when the
            // header came first (as usual), else remember where they are and come back.
            if (key == "catalog") {
                sawHeader = true;
                header(Path{nullptr, "catalog"_L1});
            } else if (key == "entries") {
                entriesAreArray = m_json.peek() == Type::Array;
                if (sawHeader && entriesAreArray) {
                    entries(entriesPath);
                    entriesRead = true;
                } else {
                    entriesOffset = m_json.offset();
                    m_json.skip();
                }
            } else if (key == "fragments") {
                if (sawHeader) {
                    fragments(fragmentsPath);
                    fragmentsRead = true;
                } else {
                    fragmentsOffset = here();
                    m_json.skip();
                }
            } else if (key == "$schema") {
                m_json.skip();
            } else {
                unknown(key, root);
            }
        }
        m_json.finish();
        if (!m_json.failed() && entriesAreArray) {
            m_contents.readable = true;
            if (!sawHeader)
                warning(0, Path{nullptr, "catalog"_L1}, u"the \"catalog\" header with at least a \"name\" is missing"_s);
            if (!entriesRead) {
                m_json = JsonCursor(m_data, entriesOffset);
                entries(entriesPath);
            }
            if (!fragmentsRead && fragmentsOffset >= 0) {
                m_json = JsonCursor(m_data, fragmentsOffset);
                fragments(fragmentsPath);
            }
        }
    } else if (m_json.peek() != Type::Invalid) {
        m_json.skip();
        m_json.finish();
    } else {
        m_json.skip(); // records the syntax error
    }

    if (m_json.failed()) {
        m_contents.entries.clear();
        m_contents.entryOffsets.clear();
        m_contents.fragments.clear();
        m_contents.readable = false;
        m_pending = {{m_json.errorOffset(), QString(),
                      u"not valid JSON (%1); fix the file or move it out of the catalog folder"_s.arg(m_json.errorMessage())}};
    } else if (!m_contents.readable) {
        m_pending = {{0, QString(), u"not a LogSage catalog: the top level must be an object with an \"entries\" array"_s}};
    }
    m_contents.problems = problems();

    Origins defaults = m_defaults;
    m_contents.info.zhOrigin = defaults.zh;
    m_contents.info.enOrigin = defaults.en;
    resolve(m_contents.info.title, defaults);
    resolve(m_contents.info.source, defaults);
    if (m_contents.info.name.isEmpty())
        m_contents.info.name = m_fileName.section(u'/', -1).section(u'.', 0, 0);
    for (CatalogEntry &entry : m_contents.entries)
        entry.catalogName = m_contents.info.name;
    for (CatalogFragment &fragment : m_contents.fragments)
        fragment.catalogName = m_contents.info.name;
    return std::move(m_contents);
}

} // namespace CatalogJson

CatalogFileContents readCatalogJson(const QByteArray &json, const QString &fileName, bool user)
{
    return CatalogJson::CatalogJsonReader(json, fileName, user).read();
}

} // namespace LogSage
