#include "catalogfiles.h"

#include "catalog.h"
#include "catalogwriter.h"
#include "vendormarkdownimporter.h"

#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace LogSage {

ImportOutcome importReferenceFile(const QString &markdownPath, const QString &jsonPath)
{
    ImportOutcome outcome;
    QFile input(markdownPath);
    if (!input.open(QIODevice::ReadOnly)) {
        outcome.error = u"%1 cannot be read (%2); check the path."_s.arg(markdownPath, input.errorString());
        return outcome;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString markdown = decoder.decode(input.readAll());
    if (decoder.hasError()) {
        outcome.error = u"%1 is not UTF-8 text; save it as UTF-8 and import it again."_s.arg(markdownPath);
        return outcome;
    }
    const CatalogFileContents contents = VendorMarkdownImporter::import(markdown, markdownPath);
    outcome.problems = contents.problems;
    outcome.entryCount = int(contents.entries.size());
    outcome.fragmentCount = int(contents.fragments.size());
    if (contents.entries.empty()) {
        outcome.error = u"%1 has no sections like \"### 43.6 IKE/5/IKE_NEGO_FAIL\"; is it the vendor's Markdown log reference?"_s.arg(markdownPath);
        return outcome;
    }
    QSaveFile output(jsonPath);
    if (!output.open(QIODevice::WriteOnly)) {
        outcome.error = u"%1 cannot be written (%2); choose another output file."_s.arg(jsonPath, output.errorString());
        return outcome;
    }
    output.write(catalogToJson(contents));
    if (!output.commit()) {
        outcome.error = u"%1 could not be saved (%2); check the free space and permissions."_s.arg(jsonPath, output.errorString());
        return outcome;
    }
    outcome.written = true;
    return outcome;
}

CheckOutcome checkCatalogFile(const QString &path)
{
    Catalog catalog;
    catalog.loadFile(path, true);
    CheckOutcome outcome;
    outcome.entryCount = int(catalog.entries().size());
    outcome.problems = catalog.problems();
    return outcome;
}

} // namespace LogSage
