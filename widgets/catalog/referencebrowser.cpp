#include "referencebrowser.h"

#include "catalogentryview.h"
#include "catalogresultdelegate.h"
#include "catalogsearchmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QResizeEvent>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

ReferenceBrowser::ReferenceBrowser(const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(u"referenceBrowser"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    m_languageLabel = new QLabel(this);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(u"catalogLanguage"_s);
    m_languageBox->addItem(QString(), int(ReferenceLanguage::Chinese));
    m_languageBox->addItem(QString(), int(ReferenceLanguage::English));
    m_languageBox->addItem(QString(), int(ReferenceLanguage::Both));
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(m_language)));
    m_languageLabel->setBuddy(m_languageBox);
    bar->addWidget(m_searchLabel);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_languageBox);
    outer->addLayout(bar);

    m_count = new QLabel(this);
    m_count->setObjectName(u"catalogResultCount"_s);
    outer->addWidget(m_count);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"catalogSplitter"_s);
    m_model = new CatalogSearchModel(m_catalog, this);
    m_results = new QListView(m_splitter);
    m_results->setObjectName(u"catalogResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new CatalogResultDelegate(m_results));
    m_results->setAlternatingRowColors(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view = new CatalogEntryView(m_splitter);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 520});
    outer->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ReferenceBrowser::search);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showRow(current.isValid() ? current.row() : -1); });
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setLanguage(ReferenceLanguage(m_languageBox->itemData(index).toInt()));
    });
    connect(m_view, &CatalogEntryView::commandCopied, this, &ReferenceBrowser::commandCopied);

    m_model->setLanguage(m_language);
    m_view->setLanguage(m_language);
    retranslate();
    search();
}

void ReferenceBrowser::setQuery(const QString &query)
{
    m_search->setText(query); // textChanged searches
}

QString ReferenceBrowser::query() const
{
    return m_search->text();
}

QString ReferenceBrowser::shownId() const
{
    return m_view->shownId();
}

bool ReferenceBrowser::showEntry(const QString &id)
{
    if (!m_catalog || !m_catalog->findId(id))
        return false;
    if (m_model->rowOfId(id) < 0)
        m_search->clear();
    selectRow(m_model->rowOfId(id));
    return true;
}

void ReferenceBrowser::setLanguage(ReferenceLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(language)));
    m_model->setLanguage(language);
    m_view->setLanguage(language);
    Q_EMIT languageChanged(language);
}

void ReferenceBrowser::catalogChanged()
{
    // The shown entry may have been replaced by the new load: drop the pointer before anything
    // can paint it, then search again and show the same ID if it still exists.
    const QString id = m_view->shownId();
    m_view->clear();
    m_model->refresh();
    const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
    selectRow(row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1));
    updateCount();
}

void ReferenceBrowser::search()
{
    const QString id = m_view->shownId();
    m_view->clear();
    m_model->setQuery(m_search->text());
    // Keep reading the same entry while it still matches; otherwise show the best match.
    const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
    selectRow(row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1));
    updateCount();
}

void ReferenceBrowser::selectRow(int row)
{
    if (row < 0) {
        m_results->setCurrentIndex({});
        showRow(-1);
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_results->setCurrentIndex(index);
    m_results->scrollTo(index);
    showRow(row);
}

void ReferenceBrowser::showRow(int row)
{
    if (const CatalogEntry *entry = m_model->entryAt(row))
        m_view->setEntry(entry);
    else if (const CatalogFragment *fragment = m_model->fragmentAt(row))
        m_view->setFragment(fragment);
    else
        m_view->clear();
}

void ReferenceBrowser::updateCount()
{
    const int entries = m_model->entryCount();
    const int fragments = m_model->fragmentCount();
    QString text;
    if (!m_catalog || m_catalog->entries().empty())
        text = tr("No reference catalog is loaded; import the vendor's log reference (File > Import Reference...).");
    else if (entries == 0 && fragments == 0)
        text = tr("Nothing matches \"%1\"; try fewer words, part of a message ID, or the other language.")
                   .arg(m_search->text().simplified());
    else if (fragments == 0)
        text = tr("Entries: %1").arg(entries);
    else
        text = tr("Entries: %1 · fragments: %2").arg(entries).arg(fragments);
    m_count->setText(text);
}

void ReferenceBrowser::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Message ID, name or text, in Chinese or English"));
    m_search->setAccessibleName(tr("Search the reference catalogs"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageBox->setItemText(0, tr("Chinese"));
    m_languageBox->setItemText(1, tr("English"));
    m_languageBox->setItemText(2, tr("Both"));
    m_languageBox->setAccessibleName(tr("Reference language"));
    m_results->setAccessibleName(tr("Matching reference entries"));
    setWindowTitle(tr("Reference Browser"));
    updateCount();
}

void ReferenceBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReferenceBrowser::resizeEvent(QResizeEvent *event)
{
    // In a narrow dock the list goes above the entry, so both keep a readable width.
    const Qt::Orientation wanted = event->size().width() < 640 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int length = wanted == Qt::Vertical ? event->size().height() : event->size().width();
        m_splitter->setSizes({length * 2 / 5, length * 3 / 5});
    }
    QWidget::resizeEvent(event);
}

bool ReferenceBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Enter in the search field moves on to the results, as in a launcher.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace LogSage
