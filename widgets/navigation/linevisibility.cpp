#include "linevisibility.h"

#include "linefilter.h"
#include "logdocument.h"

namespace LogSage {

bool lineShownBy(const FilterSpec &spec, const LogDocument &document, LineNumber line, const RecognizedTypes &isRecognized)
{
    if (spec.isEmpty())
        return true;
    if (line.value >= document.lineCount().value)
        return false;
    const CompiledFilter filter(spec.toLineFilter(isRecognized), document);
    if (!filter.isValid())
        return false; // an invalid expression shows nothing
    if (!filter.matchesRecord(document.record(line)))
        return false;
    return !filter.hasTextCriterion() || filter.lineTextMatches(document.lineText(line));
}

FilterSpec specShowingLine(const FilterSpec &spec, const LogDocument &document, LineNumber line,
                           const RecognizedTypes &isRecognized)
{
    // Each part of the filter as a filter of its own, with how to clear it from the whole.
    struct Part {
        FilterSpec alone;
        std::function<void(FilterSpec &)> clear;
    };
    const FilterSpec none;
    QList<Part> parts;
    auto add = [&](auto set, std::function<void(FilterSpec &)> clear) {
        FilterSpec alone = none;
        set(alone);
        if (!alone.isEmpty())
            parts.append({alone, std::move(clear)});
    };
    add([&](FilterSpec &s) { s.text = spec.text; s.regex = spec.regex; s.caseSensitive = spec.caseSensitive; },
        [](FilterSpec &s) { s.text.clear(); });
    add([&](FilterSpec &s) { s.worstSeverity = spec.worstSeverity; }, [&](FilterSpec &s) { s.worstSeverity = none.worstSeverity; });
    add([&](FilterSpec &s) { s.module = spec.module; }, [](FilterSpec &s) { s.module.clear(); });
    add([&](FilterSpec &s) { s.messageId = spec.messageId; }, [](FilterSpec &s) { s.messageId.clear(); });
    add([&](FilterSpec &s) { s.host = spec.host; }, [](FilterSpec &s) { s.host.clear(); });
    add([&](FilterSpec &s) { s.from = spec.from; s.to = spec.to; }, [](FilterSpec &s) { s.from = s.to = QDateTime(); });
    add([&](FilterSpec &s) { s.recognition = spec.recognition; }, [&](FilterSpec &s) { s.recognition = none.recognition; });
    const QString message = QString::fromUtf8(document.messageTypeName(document.record(line).messageType));
    add([&](FilterSpec &s) { s.hiddenMessages = spec.hiddenMessages; }, [message](FilterSpec &s) { s.hiddenMessages.removeAll(message); });

    FilterSpec result = spec;
    for (const Part &part : std::as_const(parts))
        if (!lineShownBy(part.alone, document, line, isRecognized))
            part.clear(result);
    return result;
}

} // namespace LogSage
