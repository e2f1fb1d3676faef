#include "catalogsdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

const QString GeometryKey = u"catalogsDialog/geometry"_s;

enum SourceColumn { SourceName, SourceKind, SourceEntries, SourceProblems, SourceFile, SourceColumns };
enum ProblemColumn { ProblemLocation, ProblemEntry, ProblemMessage, ProblemColumns };

// "file.json:12:5": the file name keeps the line short; the full path is in the tooltip.
QString location(const CatalogProblem &problem)
{
    QString text = QFileInfo(problem.file).fileName();
    if (text.isEmpty())
        text = problem.file;
    if (problem.line > 0) {
        text += u':' + QString::number(problem.line);
        if (problem.column > 0)
            text += u':' + QString::number(problem.column);
    }
    return text;
}

QTreeWidget *makeTree(const QString &objectName, int columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->setTextElideMode(Qt::ElideMiddle);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

CatalogsDialog::CatalogsDialog(const Catalog &catalog, const QString &userFolder, QWidget *parent)
    : QDialog(parent)
    , m_catalog(&catalog)
    , m_userFolder(userFolder)
{
    setObjectName(u"catalogsDialog"_s);
    auto *layout = new QVBoxLayout(this);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"catalogsHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);

    m_sourcesLabel = new QLabel(this);
    m_sources = makeTree(u"catalogSources"_s, SourceColumns, this);
    m_sourcesLabel->setBuddy(m_sources);
    layout->addWidget(m_sourcesLabel);
    layout->addWidget(m_sources, 1);

    m_problemsLabel = new QLabel(this);
    m_problems = makeTree(u"catalogProblems"_s, ProblemColumns, this);
    m_problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 2);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"importReference"_s);
    m_openFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(u"openUserCatalogFolder"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeCatalogs"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &CatalogsDialog::importRequested);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_userFolder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_userFolder));
    });

    retranslate();
    fill();
    resize(900, 560);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
}

CatalogsDialog::~CatalogsDialog() = default;

void CatalogsDialog::setCatalog(const Catalog &catalog)
{
    m_catalog = &catalog;
    fill();
}

void CatalogsDialog::done(int result)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

void CatalogsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void CatalogsDialog::retranslate()
{
    setWindowTitle(tr("Reference Catalogs"));
    m_hint->setText(tr("The reference catalogs LogSage explains log lines with, and every problem found while "
                       "loading them; a user catalog replaces bundled entries with the same message ID."));
    m_sourcesLabel->setText(tr("&Loaded catalogs:"));
    m_sources->setHeaderLabels({tr("Catalog"), tr("Kind"), tr("Entries"), tr("Problems"), tr("File")});
    m_sources->setAccessibleName(tr("Loaded catalogs"));
    m_problems->setHeaderLabels({tr("Location"), tr("Entry"), tr("Problem")});
    m_problems->setAccessibleName(tr("Problems found in the catalogs"));
    m_import->setText(tr("&Import Reference..."));
    m_import->setToolTip(tr("Import the vendor's Markdown log reference into a user catalog."));
    m_openFolder->setText(tr("Open User &Folder"));
    m_openFolder->setToolTip(tr("Open %1 in the file manager.").arg(QDir::toNativeSeparators(QDir::cleanPath(m_userFolder))));
}

void CatalogsDialog::fill()
{
    m_sources->clear();
    m_problems->clear();
    const QList<CatalogSource> &sources = m_catalog->sources();
    int problemCount = 0;
    for (const CatalogSource &source : sources) {
        auto *item = new QTreeWidgetItem(m_sources);
        item->setText(SourceName, source.name.isEmpty() ? QFileInfo(source.file).completeBaseName() : source.name);
        item->setText(SourceKind, source.user ? tr("user") : tr("bundled"));
        item->setText(SourceEntries, QString::number(source.entryCount));
        item->setTextAlignment(SourceEntries, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SourceProblems, QString::number(source.problems.size()));
        item->setTextAlignment(SourceProblems, Qt::AlignRight | Qt::AlignVCenter);
        // Bundled catalogs live in the resources: their ":/" path means nothing to a user.
        item->setText(SourceFile, source.file.startsWith(u":/"_s) ? tr("built in: %1").arg(QFileInfo(source.file).fileName())
                                                                 : QDir::toNativeSeparators(source.file));
        item->setToolTip(SourceFile, QDir::toNativeSeparators(source.file));
        for (const CatalogProblem &problem : source.problems) {
            auto *row = new QTreeWidgetItem(m_problems);
            row->setText(ProblemLocation, location(problem));
            row->setToolTip(ProblemLocation, QDir::toNativeSeparators(problem.toString()));
            row->setText(ProblemEntry, problem.entryId);
            row->setText(ProblemMessage, problem.message);
            row->setToolTip(ProblemMessage, problem.message);
            ++problemCount;
        }
    }
    if (sources.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_sources);
        item->setText(SourceName, tr("No catalog is loaded."));
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (problemCount == 0) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(ProblemLocation, tr("No problems: every catalog loaded cleanly."));
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
    }
    m_problemsLabel->setText(tr("&Problems (%n):", nullptr, problemCount));
    for (int column = 0; column < SourceColumns - 1; ++column)
        m_sources->resizeColumnToContents(column);
    if (problemCount > 0)
        for (int column = 0; column < ProblemColumns - 1; ++column)
            m_problems->resizeColumnToContents(column);
}

} // namespace LogSage
