#pragma once

#include "logdocument.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace LogSage::Cli {

/// Turns bytes of one log file (fields of a parsed line) into text, in the file's encoding.
/// Invalid bytes become U+FFFD; no state leaks from one field into the next.
class LineDecoder
{
public:
    explicit LineDecoder(LogDocument::Encoding encoding);

    QString operator()(QByteArrayView bytes);

private:
    bool m_utf8;
    QStringDecoder m_decoder;
};

} // namespace LogSage::Cli
