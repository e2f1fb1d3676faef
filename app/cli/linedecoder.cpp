#include "linedecoder.h"

#include "encodingdetector.h"

namespace LogSage::Cli {

LineDecoder::LineDecoder(LogDocument::Encoding encoding)
    : m_utf8(encoding == LogDocument::Encoding::Utf8)
    , m_decoder(EncodingDetector::decoder(encoding))
{
}

QString LineDecoder::operator()(QByteArrayView bytes)
{
    if (m_utf8)
        return QString::fromUtf8(bytes);
    m_decoder.resetState();
    return m_decoder.decode(bytes);
}

} // namespace LogSage::Cli
