#pragma once

#include "vrpline.h"

#include <QByteArrayView>
#include <QVarLengthArray>

namespace LogSage {

/// Finds the parameter list in a log description and splits it into key/value views: a
/// `(Key=Value, ...)` list wherever it stands in the sentence, a `(key:value; ...)` list, or a
/// bare `key=value,...`, `key=value key=value` or `key:value;...` body. Commas inside values
/// (`AddressFamily=IPV4,IPV6`) stay in the value: a separator only splits before another key.
class VrpParameterScanner
{
public:
    /// More parameters than this in one line are dropped (junk lines must stay cheap).
    static constexpr qsizetype MaxParameters = 256;

    /// Replaces `out` with the parameters of `text`, in the order printed. Values are trimmed,
    /// and one pair of surrounding quotes is removed.
    static void scan(QByteArrayView text, QVarLengthArray<VrpParameter, 12> &out);
};

} // namespace LogSage
