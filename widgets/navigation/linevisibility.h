#pragma once

#include "filterspec.h"
#include "linetypes.h"

#include <functional>

namespace LogSage {

class LogDocument;

/// Tells which message types a catalog knows (for the filter's recognized / unknown choice).
using RecognizedTypes = std::function<bool(quint16 messageType)>;

/// True when `line` of `document` passes `spec` (checked on that line alone, at once).
bool lineShownBy(const FilterSpec &spec, const LogDocument &document, LineNumber line, const RecognizedTypes &isRecognized);

/// `spec` without the parts that leave `line` out, each part checked alone: the text, severity,
/// module, message, host, time range or recognized choice that the line fails is cleared, and
/// the line's own message is taken off the hidden messages (the others stay hidden).
FilterSpec specShowingLine(const FilterSpec &spec, const LogDocument &document, LineNumber line,
                           const RecognizedTypes &isRecognized);

} // namespace LogSage
