#include "isotime.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

QString isoTime(const VrpTimestamp &time)
{
    if (time.kind != VrpTimestamp::Kind::Absolute || !time.hasYear)
        return {};
    // wallMsecs is the printed clock read as if it were UTC: formatting it in UTC gives the
    // printed digits back, to which the printed offset is appended as a label.
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(time.wallMsecs, QTimeZone::UTC);
    QString text = wall.toString(time.hasMilliseconds ? u"yyyy-MM-ddTHH:mm:ss.zzz"_s : u"yyyy-MM-ddTHH:mm:ss"_s);
    if (time.hasOffset) {
        const int minutes = qAbs(time.offsetSeconds) / 60;
        text += (time.offsetSeconds < 0 ? u'-' : u'+') + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

} // namespace LogSage::Cli
