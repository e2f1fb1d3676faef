#include "vendormarkdownimporter.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

enum class Part : quint8 { None, Message, Applies, Meaning, Parameters, Causes, Steps, Unknown };

std::optional<Part> partNamed(const QString &heading)
{
    if (heading == u"日志信息")
        return Part::Message;
    if (heading == u"说明")
        return Part::Applies;
    if (heading == u"日志含义")
        return Part::Meaning;
    if (heading == u"日志参数" || heading == u"参数名称及含义")
        return Part::Parameters;
    if (heading == u"可能原因")
        return Part::Causes;
    if (heading == u"处理步骤")
        return Part::Steps;
    return std::nullopt;
}

LocalizedText chinese(const QString &text)
{
    LocalizedText result;
    result.zh = text;
    result.zhOrigin = TextOrigin::Vendor;
    result.enOrigin = TextOrigin::Vendor;
    return result;
}

LocalizedText written(const QString &text)
{
    LocalizedText result = chinese(text);
    result.zhOrigin = TextOrigin::Written;
    result.enOrigin = TextOrigin::Written;
    return result;
}

void appendLine(LocalizedText &text, const QString &line)
{
    text.zh = text.zh.isEmpty() ? line : text.zh + u'\n' + line;
}

QString slug(const QString &value)
{
    QString result;
    for (const QChar c : value.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            result += c;
        else if (!result.isEmpty() && !result.endsWith(u'-'))
            result += u'-';
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result;
}

CatalogStep makeStep(const QString &text)
{
    static const QRegularExpression marker(u"^(?:\\d+|[a-z])\\.\\s+"_s);
    static const QRegularExpression command(u"`([^`]+)`"_s);
    CatalogStep step;
    step.text = chinese(QString(text).remove(marker));
    for (auto it = command.globalMatch(step.text.zh); it.hasNext();)
        step.commands.append(it.next().captured(1));
    return step;
}

// The parameter that keyed causes ("phase1 proposal mismatch: ...") are values of.
QString reasonParameter(const QList<CatalogParameter> &parameters)
{
    for (const CatalogParameter &parameter : parameters) {
        if (parameter.name.contains(u"reason"_s, Qt::CaseInsensitive))
            return parameter.name;
    }
    for (const CatalogParameter &parameter : parameters) {
        if (parameter.description.zh.contains(u"原因"_s))
            return parameter.name;
    }
    return {};
}

QString parameterType(const QString &message, const QString &name)
{
    const QRegularExpression keyed(QRegularExpression::escape(name) + u"[=:]\\s*\\[([^\\]]+)\\]"_s);
    static const QRegularExpression upper(u"^[A-Z]+$"_s);
    const QRegularExpressionMatch match = keyed.match(message);
    if (match.hasMatch() && upper.match(match.captured(1)).hasMatch())
        return match.captured(1);
    if (upper.match(name).hasMatch() && message.contains(u'[' + name + u']'))
        return name;
    return {};
}

// Collects one entry (or the leading fragment) while its lines are read.
struct Section {
    CatalogEntry entry;
    int line = 0;
    bool isFragment = false;
    bool hasBody = false;
    QList<std::pair<QString, QList<CatalogStep>>> keyedSteps;
};

class Importer
{
public:
    explicit Importer(const QString &fileName) : m_fileName(fileName) { }

    CatalogFileContents run(const QString &markdown);

private:
    void problem(int line, const QString &entryId, const QString &message)
    {
        m_contents.problems.append({m_fileName, line, 1, entryId, message});
    }
    void startSection(Section section);
    void finishSection();
    void readHeading(int line, const QString &text);
    void readItem(int line, const QString &rawLine);

    QString m_fileName;
    CatalogFileContents m_contents;
    std::optional<Section> m_section;
    Part m_part = Part::None;
    bool m_seenSection = false;     ///< a titled section was read: later untitled text is no fragment
    bool m_skippingSection = false; ///< inside a section whose heading was reported as broken
};

CatalogFileContents Importer::run(const QString &markdown)
{
    m_contents.readable = true;
    m_contents.info.name = QFileInfo(m_fileName).completeBaseName();
    m_contents.info.source = chinese(QFileInfo(m_fileName).fileName());
    m_contents.info.zhOrigin = TextOrigin::Vendor;
    m_contents.info.enOrigin = TextOrigin::Vendor;
    static const QRegularExpression heading(u"^#{1,6}\\s+(.*?)\\s*$"_s);
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int lineNumber = int(i + 1);
        const QRegularExpressionMatch match = heading.match(line);
        if (match.hasMatch())
            readHeading(lineNumber, match.captured(1));
        else if (!line.trimmed().isEmpty())
            readItem(lineNumber, line);
    }
    finishSection();
    return std::move(m_contents);
}

void Importer::startSection(Section section)
{
    finishSection();
    m_section = std::move(section);
    m_part = Part::None;
    m_skippingSection = false;
}

void Importer::readHeading(int line, const QString &text)
{
    static const QRegularExpression entryHeading(u"^(\\d+(?:\\.\\d+)+)\\s+(\\S+)$"_s);
    const QRegularExpressionMatch match = entryHeading.match(text);
    if (match.hasMatch()) {
        Section section;
        section.line = line;
        section.entry.section = match.captured(1);
        section.entry.id = match.captured(2);
        if (!splitMessageId(section.entry.id, &section.entry.module, &section.entry.severity, &section.entry.brief)) {
            problem(line, QString(), u"section %1: \"%2\" is not a message ID like IKE/5/IKE_NEGO_FAIL; the section is not imported"_s
                                         .arg(section.entry.section, section.entry.id));
            finishSection();
            m_seenSection = true;
            m_skippingSection = true;
            m_part = Part::Unknown;
            return;
        }
        m_seenSection = true;
        startSection(std::move(section));
        return;
    }
    if (const std::optional<Part> part = partNamed(text)) {
        if (m_skippingSection)
            return; // the broken section was reported at its heading
        if (!m_section && m_seenSection) {
            problem(line, QString(), u"the heading \"%1\" stands outside any titled section; the text below it is not imported"_s.arg(text));
            m_part = Part::Unknown;
            return;
        }
        if (!m_section) { // text before the first titled section: the tail of an entry cut off above
            Section fragment;
            fragment.line = line;
            fragment.isFragment = true;
            startSection(std::move(fragment));
        }
        m_part = *part;
        return;
    }
    if (text.endsWith(u"日志参考"_s) || text.contains(u"Log Reference"_s, Qt::CaseInsensitive)) {
        finishSection(); // a chapter title
        m_seenSection = true;
        m_skippingSection = false;
        m_part = Part::None;
        return;
    }
    problem(line, m_section && !m_section->isFragment ? m_section->entry.id : QString(),
            u"unknown heading \"%1\"; the text below it is not imported"_s.arg(text));
    m_part = Part::Unknown;
}

void Importer::readItem(int line, const QString &rawLine)
{
    static const QRegularExpression item(u"^(\\s*)(?:[-*+]\\s+|(\\d+)\\.\\s+)(.*)$"_s);
    static const QRegularExpression keyed(u"^\\*\\*(.+?)\\*\\*\\s*[:：]\\s*(.*)$"_s);
    const QString id = m_section && !m_section->isFragment ? m_section->entry.id : QString();
    if (m_part == Part::Unknown || m_skippingSection)
        return; // reported with its heading
    if (!m_section || m_part == Part::None) {
        problem(line, id, u"text outside any known section is not imported: \"%1\""_s.arg(rawLine.trimmed().left(60)));
        return;
    }
    const QRegularExpressionMatch itemMatch = item.match(rawLine);
    const bool nested = itemMatch.hasMatch() && !itemMatch.captured(1).isEmpty();
    const QString content = itemMatch.hasMatch()
        ? (itemMatch.captured(2).isEmpty() ? itemMatch.captured(3) : itemMatch.captured(2) + u". "_s + itemMatch.captured(3)).trimmed()
        : rawLine.trimmed();
    if (content.contains(u"----结束"_s))
        return; // the reference's end-of-entry marker
    if (!itemMatch.hasMatch()) {
        problem(line, id, u"a line that is not a list item is not imported: \"%1\""_s.arg(content.left(60)));
        return;
    }
    CatalogEntry &entry = m_section->entry;
    m_section->hasBody = true;
    const QRegularExpressionMatch keyMatch = keyed.match(content);
    switch (m_part) {
    case Part::Message:
        if (!keyMatch.hasMatch()) {
            problem(line, id, u"expected \"- **ID**: message\" under 日志信息"_s);
        } else {
            if (keyMatch.captured(1) != entry.id)
                problem(line, id, u"the message is given for %1, not for the section's ID; it is kept for %2"_s.arg(keyMatch.captured(1), entry.id));
            entry.message = chinese(keyMatch.captured(2));
        }
        break;
    case Part::Applies:
        appendLine(entry.appliesTo, content);
        break;
    case Part::Meaning:
        appendLine(entry.meaning, content);
        break;
    case Part::Parameters:
        if (!keyMatch.hasMatch()) {
            problem(line, id, u"expected \"- **name**: description\" under 日志参数"_s);
        } else {
            entry.parameters.append({keyMatch.captured(1), parameterType(entry.message.zh, keyMatch.captured(1)),
                                     chinese(keyMatch.captured(2))});
        }
        break;
    case Part::Causes: {
        static const QRegularExpression keyedCause(u"^([^:：]+?):\\s+(.+)$"_s);
        const QRegularExpressionMatch causeMatch = keyedCause.match(content);
        if (nested && causeMatch.hasMatch()) {
            CatalogCause cause;
            cause.key = slug(causeMatch.captured(1));
            cause.text = chinese(causeMatch.captured(2));
            cause.condition = CauseCondition{QString(), causeMatch.captured(1).trimmed(), false}; // parameter set at the end
            entry.causes.append(cause);
        } else if (!nested && (content.endsWith(u'：') || content.endsWith(u':'))) {
            appendLine(entry.causesIntro, content);
        } else {
            CatalogCause cause;
            cause.key = u"cause-%1"_s.arg(entry.causes.size() + 1);
            cause.text = chinese(content);
            entry.causes.append(cause);
        }
        break;
    }
    case Part::Steps:
        if (!nested && keyMatch.hasMatch() && keyMatch.captured(2).isEmpty()) {
            m_section->keyedSteps.append({keyMatch.captured(1).trimmed(), {}});
        } else if (nested && !m_section->keyedSteps.isEmpty()) {
            m_section->keyedSteps.last().second.append(makeStep(content));
        } else {
            if (nested)
                problem(line, id, u"an indented step without a cause above it is kept as a general step"_s);
            entry.steps.append(makeStep(content));
        }
        break;
    case Part::None:
    case Part::Unknown:
        break;
    }
}

void Importer::finishSection()
{
    if (!m_section)
        return;
    Section section = std::move(*m_section);
    m_section.reset();
    CatalogEntry &entry = section.entry;
    const QString id = section.isFragment ? QString() : entry.id;

    const QString parameter = reasonParameter(entry.parameters);
    for (CatalogCause &cause : entry.causes) {
        if (!cause.condition)
            continue;
        if (parameter.isEmpty()) {
            problem(section.line, id, u"the causes are keyed by value but no parameter holds a reason; they are kept without a condition"_s);
            cause.condition.reset();
        } else {
            cause.condition->parameter = parameter;
        }
    }
    for (auto &[key, steps] : section.keyedSteps) {
        auto it = std::find_if(entry.causes.begin(), entry.causes.end(),
                               [&](const CatalogCause &c) { return c.condition && c.condition->equals == key; });
        if (it == entry.causes.end()) {
            CatalogCause cause;
            const bool fallback = key.startsWith(u"非以上"_s) || key.startsWith(u"其他原因"_s);
            cause.key = fallback ? u"other"_s : slug(key);
            cause.text = chinese(key);
            if (!parameter.isEmpty())
                cause.condition = CauseCondition{parameter, fallback ? QString() : key, fallback};
            entry.causes.append(cause);
            it = entry.causes.end() - 1;
        }
        it->steps += steps;
    }

    if (section.isFragment) {
        CatalogFragment fragment;
        fragment.parameters = entry.parameters;
        fragment.causes = entry.causes;
        fragment.steps = entry.steps;
        fragment.note = written(u"本片段的标题和日志ID在来源中缺失，因此不与日志行匹配。"_s);
        fragment.catalogName = m_contents.info.name;
        m_contents.fragments.append(fragment);
        problem(section.line, QString(),
                u"the text before the first titled section has no heading or message ID; it is kept as a fragment that can be searched but is never matched to log lines"_s);
        return;
    }
    if (!section.hasBody) {
        entry.fullText = false;
        entry.note = written(u"来源中只有该日志的标题。"_s);
    } else if (entry.message.isEmpty()) {
        problem(section.line, id, u"the section has no 日志信息 (message); it is imported without a message template"_s);
    }
    entry.catalogName = m_contents.info.name;
    if (!m_contents.fragments.isEmpty() && m_contents.fragments.last().before.isEmpty())
        m_contents.fragments.last().before = entry.section;
    m_contents.entries.push_back(std::move(entry));
}

} // namespace

CatalogFileContents VendorMarkdownImporter::import(const QString &markdown, const QString &fileName)
{
    return Importer(fileName).run(markdown);
}

} // namespace LogSage
