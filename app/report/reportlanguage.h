#pragma once

#include "catalogentry.h"

#include <QString>

#include <memory>

class QTranslator;

namespace LogSage {

/// The words of one report language, whatever language the interface speaks: report classes look
/// their tr() strings up here, in a QTranslator of the report's own (never installed in the
/// application) loaded with that language's translations. English is the source language.
class ReportLanguage
{
public:
    explicit ReportLanguage(Language language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = default;
    ReportLanguage &operator=(const ReportLanguage &) = default;

    Language language() const { return m_language; }
    /// False when this language's translations could not be found: its words stay English.
    bool hasTranslations() const;

    /// Like QCoreApplication::translate(), through this language's translator only; `n` >= 0
    /// picks the plural form and replaces %n.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    /// Where the translations of `language` are read from (a Qt resource built into the library).
    static QString translationsPath(Language language);

private:
    Language m_language;
    std::shared_ptr<const QTranslator> m_translator; ///< null for English or when missing
};

} // namespace LogSage
