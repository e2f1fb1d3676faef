// The case message bar says its sentence again in the new language when the UI language changes:
// the grown-file statement and the changed-file question, with their files, sizes and dates.

#include "casemessagebar.h"
#include "casestore.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

/// Translates every string of the case store and the bar by putting a mark before the English.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        const QLatin1StringView where(context);
        if (where != "LogSage::Case"_L1 && where != "LogSage::CaseMessageBar"_L1)
            return {};
        QString text = u"[zz] "_s + QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%Ln"_s, QString::number(n)).replace(u"%n"_s, QString::number(n));
        return text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCaseMessageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheLanguage_data()
    {
        QTest::addColumn<bool>("question");
        QTest::addColumn<QString>("expectedEnglish");

        QTest::newRow("grown file") << false
                                    << u"branch.log has grown since this case was saved (86 more bytes); ticks, notes and bookmarks are kept."_s;
        QTest::newRow("changed file") << true << u"hub.log has changed since the case of "_s;
    }

    void followsTheLanguage()
    {
        QFETCH(bool, question);
        QFETCH(QString, expectedEnglish);
        const QDateTime saved(QDate(2026, 12, 4), QTime(10, 7));
        CaseMessageBar bar;
        if (question)
            bar.showQuestion([saved] { return CaseStore::changedNotice(u"/logs/hub.log"_s, saved); });
        else
            bar.showStatement([] { return CaseStore::grownNotice({GrownFile{u"/logs/branch.log"_s, 86}}); });
        bar.show();
        QVERIFY(bar.text().startsWith(expectedEnglish));
        const QString english = bar.text();
        const QString useButton = bar.findChild<QPushButton *>(u"caseUseThatCase"_s)->text();

        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCoreApplication::processEvents(); // the LanguageChange events
        QCOMPARE(bar.text(), u"[zz] "_s + english);
        QCOMPARE(bar.findChild<QPushButton *>(u"caseUseThatCase"_s)->text(), u"[zz] "_s + useButton);
        QCOMPARE(bar.isQuestion(), question);

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCoreApplication::processEvents();
        QCOMPARE(bar.text(), english);
    }
};

QTEST_MAIN(TestCaseMessageBar)
#include "tst_casemessagebar.moc"
