#pragma once

#include "catalogentry.h"
#include "referencepanel.h"

#include <QTextBrowser>

namespace LogSage {

/// One catalog entry (or fragment) in full, as read-only rich text: ID, severity, section, the
/// message template, meaning, note, parameters, causes with their steps and the general steps,
/// in the chosen language. Commands carry a "copy" link that puts them on the clipboard.
/// The entry must outlive its display: call clear() before the catalog replaces it.
class CatalogEntryView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CatalogEntryView(QWidget *parent = nullptr);

    void setEntry(const CatalogEntry *entry);
    void setFragment(const CatalogFragment *fragment);
    /// Shows the hint of what to do instead of an entry.
    void clear();
    void setLanguage(ReferenceLanguage language);
    ReferenceLanguage language() const { return m_language; }
    /// The message ID shown, empty for a fragment or nothing.
    QString shownId() const { return m_shownId; }

Q_SIGNALS:
    void commandCopied(const QString &command);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString entryHtml(const CatalogEntry &entry);
    QString fragmentHtml(const CatalogFragment &fragment);
    QString bodyHtml(const QList<CatalogParameter> &parameters, const LocalizedText &causesIntro,
                     const QList<CatalogCause> &causes, const QList<CatalogStep> &steps);
    QString stepsHtml(const QList<CatalogStep> &steps);
    QString prose(const LocalizedText &text) const;
    QString plain(const LocalizedText &text) const;
    QString originText(const LocalizedText &text) const;

    const CatalogEntry *m_entry = nullptr;
    const CatalogFragment *m_fragment = nullptr;
    QString m_shownId; ///< kept apart, so it can be read after the catalog freed the entry
    ReferenceLanguage m_language = ReferenceLanguage::English;
    QStringList m_commands; ///< the commands of the shown text; a "copy:N" link copies the N-th
};

} // namespace LogSage
