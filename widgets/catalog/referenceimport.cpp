#include "referenceimport.h"

#include "catalog.h"
#include "catalogwriter.h"
#include "encodingdetector.h"
#include "referenceimportdialog.h"
#include "vendormarkdownimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

const QString LastFolderKey = u"import/lastFolder"_s;

QString decode(const QByteArray &bytes)
{
    const EncodingDetector::Result detected = EncodingDetector::detect(bytes);
    const QByteArrayView body = QByteArrayView(bytes).sliced(detected.bomLength);
    switch (detected.encoding) {
    case LogDocument::Encoding::Utf16LE: return QStringDecoder(QStringConverter::Utf16LE).decode(body);
    case LogDocument::Encoding::Utf16BE: return QStringDecoder(QStringConverter::Utf16BE).decode(body);
    case LogDocument::Encoding::Utf8:
    case LogDocument::Encoding::Gb18030:
    case LogDocument::Encoding::Latin1: break;
    }
    QStringDecoder decoder = EncodingDetector::decoder(detected.encoding);
    return decoder.decode(body);
}

} // namespace

QString userCatalogFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/catalogs"_s;
}

ImportedReference readVendorReference(const QString &markdownPath)
{
    ImportedReference result;
    result.sourcePath = markdownPath;
    QFile file(markdownPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("LogSage::ReferenceImport",
                                                   "%1 cannot be read (%2); check that the file exists and is readable.")
                           .arg(QDir::toNativeSeparators(markdownPath), file.errorString());
        return result;
    }
    const QString text = decode(file.readAll());
    result.sourceLines = text.split(u'\n');
    for (QString &line : result.sourceLines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    result.contents = VendorMarkdownImporter::import(text, markdownPath);
    if (result.contents.entries.empty() && result.contents.fragments.isEmpty())
        result.error = QCoreApplication::translate("LogSage::ReferenceImport",
                                                   "%1 holds no log reference entry (headings like \"### 43.6 "
                                                   "IKE/5/IKE_NEGO_FAIL\"); choose the vendor's Markdown log reference.")
                           .arg(QDir::toNativeSeparators(markdownPath));
    return result;
}

QString importTargetPath(const QString &markdownPath, const QString &folder)
{
    QString base = QFileInfo(markdownPath).completeBaseName();
    if (base.isEmpty())
        base = u"imported-reference"_s;
    return QDir(folder).filePath(base + u".json"_s);
}

QString saveImportedCatalog(const CatalogFileContents &contents, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("LogSage::ReferenceImport",
                                           "The folder of %1 cannot be created; check the permissions of its parent folder.")
            .arg(shown);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("LogSage::ReferenceImport", "%1 cannot be written (%2); check the folder's permissions.")
            .arg(shown, file.errorString());
    const QByteArray json = catalogToJson(contents);
    if (file.write(json) != json.size() || !file.commit())
        return QCoreApplication::translate("LogSage::ReferenceImport", "%1 could not be saved (%2); check the free disk space.")
            .arg(shown, file.errorString());
    return {};
}

bool importReferenceInteractively(QWidget *parent, Catalog &catalog, const QString &userFolder,
                                  const std::function<void()> &aboutToLoad)
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("LogSage::ReferenceImport", "Import Vendor Log Reference"),
        settings.value(LastFolderKey, QDir::homePath()).toString(),
        QCoreApplication::translate("LogSage::ReferenceImport", "Markdown log reference (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    return confirmReferenceImport(parent, catalog, path, userFolder, aboutToLoad);
}

bool confirmReferenceImport(QWidget *parent, Catalog &catalog, const QString &markdownPath, const QString &userFolder,
                            const std::function<void()> &aboutToLoad)
{
    ReferenceImportDialog dialog(readVendorReference(markdownPath), catalog, importTargetPath(markdownPath, userFolder), parent);
    if (aboutToLoad)
        QObject::connect(&dialog, &ReferenceImportDialog::aboutToLoad, &dialog, aboutToLoad);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace LogSage
