#pragma once

#include "linetypes.h"
#include "messagebar.h"

#include <optional>

namespace LogSage {

/// A message bar above a log saying that a line the user went to is hidden by the filter, and
/// which shown line was selected instead, with a button that shows the hidden line.
class HiddenLineBar : public MessageBar
{
    Q_OBJECT
public:
    explicit HiddenLineBar(QWidget *parent = nullptr);

    /// Says that `hidden` is hidden and `selected` (when set) is selected instead, and shows the bar.
    void showFor(LineNumber hidden, std::optional<LineNumber> selected);
    LineNumber line() const { return m_line; }

Q_SIGNALS:
    /// The user asked to see the hidden line.
    void showLineRequested(LogSage::LineNumber line);

protected:
    void retranslateButtons() override;

private:
    QPushButton *m_show = nullptr;
    LineNumber m_line{0};
};

} // namespace LogSage
