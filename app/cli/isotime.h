#pragma once

#include "vrpline.h"

#include <QString>

namespace LogSage::Cli {

/// ISO 8601 text of a printed device time: `2026-12-04T10:15:32.120+08:00` with the offset
/// only when one was printed (else a local time without designator). A null string when the
/// line printed no year (it cannot be placed without guessing) or no calendar time at all.
QString isoTime(const VrpTimestamp &time);

} // namespace LogSage::Cli
