#include "referenceimportdialog.h"

#include "catalog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

const QString GeometryKey = u"importDialog/geometry"_s;

enum EntryColumn { EntrySection, EntryId, EntryMessage, EntryColumns };
enum ProblemColumn { ProblemLine, ProblemEntry, ProblemMessage, ProblemSource, ProblemColumns };

QTreeWidget *makeTree(const QString &objectName, int columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ReferenceImportDialog::ReferenceImportDialog(ImportedReference reference, Catalog &catalog, const QString &targetPath,
                                             QWidget *parent)
    : QDialog(parent)
    , m_reference(std::move(reference))
    , m_catalog(catalog)
    , m_targetPath(targetPath)
{
    setObjectName(u"referenceImportDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_target = new QLabel(this);
    m_target->setObjectName(u"importTarget"_s);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_target);

    m_entriesLabel = new QLabel(this);
    m_entries = makeTree(u"importEntries"_s, EntryColumns, this);
    m_entriesLabel->setBuddy(m_entries);
    layout->addWidget(m_entriesLabel);
    layout->addWidget(m_entries, 3);

    m_problemsLabel = new QLabel(this);
    m_problems = makeTree(u"importProblems"_s, ProblemColumns, this);
    m_problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 2);

    m_error = new QLabel(this);
    m_error->setObjectName(u"importError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #c01c28; font-weight: bold; }"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importAccept"_s);
    m_import->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"importCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferenceImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    retranslate();
    fill();
    if (!m_reference.error.isEmpty()) {
        showError(m_reference.error);
        m_import->setEnabled(false);
    }
    resize(960, 640);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
}

ReferenceImportDialog::~ReferenceImportDialog() = default;

void ReferenceImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ReferenceImportDialog::accept()
{
    if (!m_reference.error.isEmpty())
        return;
    const QString error = saveImportedCatalog(m_reference.contents, m_targetPath);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    Q_EMIT aboutToLoad();
    // Loaded after the bundled catalogs, so its entries win over theirs for the same ID.
    m_catalog.loadFile(m_targetPath, true);
    QDialog::accept();
}

void ReferenceImportDialog::done(int result)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

void ReferenceImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void ReferenceImportDialog::retranslate()
{
    setWindowTitle(tr("Import Vendor Log Reference"));
    m_entries->setHeaderLabels({tr("Section"), tr("Message ID"), tr("Message")});
    m_entries->setAccessibleName(tr("Entries read from the reference"));
    m_problems->setHeaderLabels({tr("Line"), tr("Entry"), tr("Problem"), tr("Text on that line")});
    m_problems->setAccessibleName(tr("Problems found in the reference"));
    m_import->setText(tr("&Import"));
    m_import->setAccessibleName(tr("Import the entries"));
}

void ReferenceImportDialog::fill()
{
    const CatalogFileContents &contents = m_reference.contents;
    const QString source = QDir::toNativeSeparators(QDir::cleanPath(m_reference.sourcePath));
    const int entries = int(contents.entries.size());
    const int fragments = int(contents.fragments.size());
    const int problems = int(contents.problems.size());
    m_summary->setText(tr("Read %1. Entries: %2 · fragments: %3 · problems: %4.")
                           .arg(source).arg(entries).arg(fragments).arg(problems));
    const QString target = QDir::toNativeSeparators(QDir::cleanPath(m_targetPath));
    // Later catalogs win, so say what the import hides: above all, loaded text it has no text for.
    int replacing = 0;
    int poorer = 0;
    for (const CatalogEntry &entry : contents.entries) {
        const CatalogEntry *loaded = m_catalog.findId(entry.id);
        if (!loaded)
            continue;
        ++replacing;
        if (!entry.fullText && entry.message.isEmpty() && entry.meaning.isEmpty() && !loaded->meaning.isEmpty())
            ++poorer;
    }
    QString targetText = QFileInfo::exists(m_targetPath)
        ? tr("Importing replaces the user catalog %1 and loads it.").arg(target)
        : tr("Importing saves the user catalog %1 and loads it.").arg(target);
    if (replacing > 0)
        targetText += u' ' + tr("Entries already loaded with the same message ID are replaced: %1.").arg(replacing);
    if (poorer > 0)
        targetText += u' ' + tr("Of these, %1 have only a title here and hide a loaded meaning.").arg(poorer);
    m_target->setText(targetText);

    m_entries->clear();
    for (const CatalogFragment &fragment : contents.fragments) {
        auto *item = new QTreeWidgetItem(m_entries);
        item->setText(EntrySection, fragment.before.isEmpty() ? QString() : tr("before %1").arg(fragment.before));
        item->setText(EntryId, tr("(fragment)"));
        item->setText(EntryMessage, tr("Text before the first heading: searchable, never matched to log lines."));
        QFont italic = item->font(EntryId);
        italic.setItalic(true);
        for (int column = 0; column < EntryColumns; ++column)
            item->setFont(column, italic);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const CatalogEntry &entry : contents.entries) {
        auto *item = new QTreeWidgetItem(m_entries);
        item->setText(EntrySection, entry.section);
        item->setText(EntryId, entry.id);
        item->setFont(EntryId, mono);
        const QString message = entry.message.zh.isEmpty() ? entry.meaning.zh : entry.message.zh;
        if (message.isEmpty()) {
            item->setText(EntryMessage, tr("(title only: the reference gives no text for this message)"));
            item->setForeground(EntryMessage, palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            item->setText(EntryMessage, message.section(u'\n', 0, 0));
            item->setToolTip(EntryMessage, message);
        }
    }
    m_entriesLabel->setText(tr("&Entries (%n):", nullptr, entries + fragments));

    m_problems->clear();
    for (const CatalogProblem &problem : contents.problems) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(ProblemLine, problem.line > 0 ? QString::number(problem.line) : QString());
        item->setTextAlignment(ProblemLine, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ProblemEntry, problem.entryId);
        item->setText(ProblemMessage, problem.message);
        item->setToolTip(ProblemMessage, problem.message);
        if (problem.line > 0 && problem.line <= m_reference.sourceLines.size()) {
            const QString line = m_reference.sourceLines.at(problem.line - 1).trimmed();
            item->setText(ProblemSource, line);
            item->setToolTip(ProblemSource, line);
            item->setFont(ProblemSource, mono);
        }
    }
    if (problems == 0) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(ProblemLine, tr("No problems: every line was understood."));
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
    }
    m_problemsLabel->setText(tr("&Problems (%n):", nullptr, problems));
    for (int column = 0; column < EntryColumns - 1; ++column)
        m_entries->resizeColumnToContents(column);
    m_problems->resizeColumnToContents(ProblemLine);
    m_problems->resizeColumnToContents(ProblemEntry);
    // The message gets a fixed share, so the quoted line beside it stays in view.
    m_problems->setColumnWidth(ProblemMessage, fontMetrics().averageCharWidth() * 64);
}

} // namespace LogSage
