#include "logdocument.h"

#include <KCompressionDevice>
#include <KZip>

#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const QByteArray Sample = "Dec  4 2026 10:15:32 AR1 %%01IKE/5/IKE_NEGO_FAIL(l)[1]:fails.\r\n"
                          "second line\n"
                          "Dec  4 2026 10:15:33 AR2 %%01IFNET/4/LINK_STATE(l):down."_ba;
const QStringList SampleLines{u"Dec  4 2026 10:15:32 AR1 %%01IKE/5/IKE_NEGO_FAIL(l)[1]:fails."_s, u"second line"_s,
                              u"Dec  4 2026 10:15:33 AR2 %%01IFNET/4/LINK_STATE(l):down."_s};

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

QString writeCompressed(const QString &path, KCompressionDevice::CompressionType type, const QByteArray &bytes)
{
    KCompressionDevice device(path, type);
    if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size())
        qFatal("cannot write compressed test file");
    device.close();
    return path;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test file");
    return file.readAll();
}

QString writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &members)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        qFatal("cannot write zip");
    for (const auto &[name, data] : members)
        zip.writeFile(name, data);
    zip.close();
    return path;
}

struct Outcome {
    bool opened = false;
    QString error;
    QStringList lines;
};

Outcome openAndRead(const QString &path)
{
    Outcome out;
    LogDocument doc;
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QSignalSpy failed(&doc, &LogDocument::failed);
    out.opened = doc.open(path);
    if (out.opened && finished.isEmpty() && failed.isEmpty())
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000))
            out.error = u"timed out"_s;
    if (!failed.isEmpty()) {
        out.error = failed.first().first().toString();
        if (doc.errorString() != out.error)
            qFatal("failed() and errorString() disagree");
    } else if (!out.opened) {
        out.error = doc.errorString();
    }
    for (LineNumber n(0); n.value < doc.lineCount().value; ++n)
        out.lines.append(doc.lineText(n));
    return out;
}

} // namespace

class TestLogInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputKinds_data();
    void inputKinds();
    void zipMembers();
    void badInputs_data();
    void badInputs();
    void encodings_data();
    void encodings();
    void invalidBytesBecomeReplacementCharacters();
    void invalidBytesFlagged_data();
    void invalidBytesFlagged();
    void decompressesTooMuch_data();
    void decompressesTooMuch();
    void longLine();
    void reopenWhileDecompressing();

private:
    QTemporaryDir m_dir;
};

void TestLogInputs::inputKinds_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << writeFile(m_dir.filePath(u"plain.log"_s), Sample);
    QTest::newRow("gzip") << writeCompressed(m_dir.filePath(u"log.gz"_s), KCompressionDevice::GZip, Sample);
    QTest::newRow("bzip2") << writeCompressed(m_dir.filePath(u"log.bz2"_s), KCompressionDevice::BZip2, Sample);
    QTest::newRow("xz") << writeCompressed(m_dir.filePath(u"log.XZ"_s), KCompressionDevice::Xz, Sample);
    QTest::newRow("zip of one") << writeZip(m_dir.filePath(u"one.zip"_s), {{u"log.txt"_s, Sample}});
    // `cat a.gz b.gz > c.gz`, and parallel compressors, write several members.
    const qsizetype half = Sample.size() / 2;
    const QByteArray first = readBytes(writeCompressed(m_dir.filePath(u"first.gz"_s), KCompressionDevice::GZip, Sample.first(half)));
    const QByteArray second = readBytes(writeCompressed(m_dir.filePath(u"second.gz"_s), KCompressionDevice::GZip, Sample.sliced(half)));
    QTest::newRow("gzip of two members") << writeFile(m_dir.filePath(u"two.gz"_s), first + second);
    QTest::newRow("gzip with zero padding") << writeFile(m_dir.filePath(u"padded.gz"_s), first + second + QByteArray(512, '\0'));
    QTest::newRow("gzip with junk that starts like a header") << writeFile(m_dir.filePath(u"junk.gz"_s), first + second + "\x1f junk"_ba);
}

void TestLogInputs::inputKinds()
{
    QFETCH(QString, path);
    const Outcome out = openAndRead(path);
    QVERIFY2(out.opened && out.error.isEmpty(), qPrintable(out.error));
    QStringList expected = SampleLines;
    if (path.endsWith(u".zip"_s))
        expected.prepend(u"==> log.txt <=="_s);
    QCOMPARE(out.lines, expected);
}

void TestLogInputs::zipMembers()
{
    const QString path = writeZip(m_dir.filePath(u"many.zip"_s),
                                  {{u"b/second.log"_s, "b1\nb2"_ba}, {u"a.log"_s, "a1\n"_ba}, {u"b/empty.log"_s, QByteArray()}});
    LogDocument doc;
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QVERIFY(doc.open(path));
    QVERIFY(finished.wait(20000));
    QStringList lines;
    for (LineNumber n(0); n.value < doc.lineCount().value; ++n)
        lines.append(doc.lineText(n));
    QCOMPARE(lines, (QStringList{u"==> a.log <=="_s, u"a1"_s, u"==> b/empty.log <=="_s, u"==> b/second.log <=="_s,
                                 u"b1"_s, u"b2"_s}));
    QVERIFY(!doc.isFollowing());
    doc.setFollowing(true); // only plain files can be followed
    QVERIFY(!doc.isFollowing());
}

void TestLogInputs::badInputs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("refusedAtOpen"); // else reported through failed()
    QTest::addColumn<QString>("advice");     // part of the sentence

    QTest::newRow("missing") << m_dir.filePath(u"nothere.log"_s) << true << u"does not exist"_s;
    QTest::newRow("empty path") << QString() << true << u"does not exist"_s;
    QDir(m_dir.path()).mkdir(u"folder.log"_s);
    QTest::newRow("directory") << m_dir.filePath(u"folder.log"_s) << true << u"is a folder"_s;
#ifdef Q_OS_UNIX
    const QString fifo = m_dir.filePath(u"pipe.log"_s);
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    QTest::newRow("fifo") << fifo << true << u"not a regular file"_s;
    if (::geteuid() != 0) { // root reads anything: the row only exists where it can fail
        const QString locked = writeFile(m_dir.filePath(u"locked.log"_s), "secret\n"_ba);
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        QTest::newRow("unreadable") << locked << true << u"cannot be read"_s;
    }
#endif
    QTest::newRow("not gzip") << writeFile(m_dir.filePath(u"fake.gz"_s), "this is not gzip data at all\n"_ba) << false
                              << u"gzip"_s;
    QByteArray cut;
    {
        const QString full = writeCompressed(m_dir.filePath(u"full.gz"_s), KCompressionDevice::GZip, Sample.repeated(1000));
        QFile f(full);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read");
        cut = f.read(f.size() / 2);
    }
    QTest::newRow("truncated gzip") << writeFile(m_dir.filePath(u"cut.gz"_s), cut) << false << u"gzip"_s;
    QByteArray badCrc = readBytes(m_dir.filePath(u"full.gz"_s));
    badCrc[badCrc.size() - 8] = char(badCrc.at(badCrc.size() - 8) ^ 0x55);
    QTest::newRow("gzip with a wrong checksum") << writeFile(m_dir.filePath(u"crc.gz"_s), badCrc) << false << u"gzip"_s;
    const QByteArray whole = readBytes(m_dir.filePath(u"full.gz"_s));
    QTest::newRow("gzip whose second member is cut") << writeFile(m_dir.filePath(u"cut2.gz"_s), whole + whole.first(whole.size() / 2))
                                                     << false << u"ends too early"_s;
    QTest::newRow("not xz") << writeFile(m_dir.filePath(u"fake.xz"_s), "plain\n"_ba) << false << u"xz"_s;
    QTest::newRow("not bzip2") << writeFile(m_dir.filePath(u"fake.bz2"_s), "plain\n"_ba) << false << u"bzip2"_s;
    QTest::newRow("not zip") << writeFile(m_dir.filePath(u"fake.zip"_s), "plain\n"_ba) << false << u"zip"_s;
    QTest::newRow("empty zip") << writeZip(m_dir.filePath(u"empty.zip"_s), {}) << false << u"no file in it"_s;
}

void TestLogInputs::badInputs()
{
    QFETCH(QString, path);
    QFETCH(bool, refusedAtOpen);
    QFETCH(QString, advice);
    const Outcome out = openAndRead(path);
    QCOMPARE(out.opened, !refusedAtOpen);
    QVERIFY2(out.error.contains(advice), qPrintable(out.error));
    QVERIFY2(out.error.contains(QDir::toNativeSeparators(path)), qPrintable(out.error)); // names the file
    QVERIFY(out.error.endsWith(u'.'));
    QVERIFY(out.lines.isEmpty());
}

void TestLogInputs::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<LogDocument::Encoding>("encoding");
    QTest::addColumn<QStringList>("lines");

    const QString chinese = u"接口状态变为DOWN"_s;
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray gbBytes = gb.encode(chinese);
    QTest::newRow("UTF-8") << (chinese.toUtf8() + "\nx\n") << LogDocument::Encoding::Utf8 << QStringList{chinese, u"x"_s};
    QTest::newRow("UTF-8 with BOM") << ("\xef\xbb\xbf" + chinese.toUtf8() + "\n") << LogDocument::Encoding::Utf8
                                    << QStringList{chinese};
    QTest::newRow("GB18030") << (gbBytes + "\r\nAR1 " + gbBytes + "\n") << LogDocument::Encoding::Gb18030
                             << QStringList{chinese, u"AR1 "_s + chinese};
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16LE") << QByteArray(le.encode(chinese + u"\r\nline 2\n"_s)) << LogDocument::Encoding::Utf16LE
                              << QStringList{chinese, u"line 2"_s};
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16BE") << QByteArray(be.encode(u"a\nb"_s + chinese)) << LogDocument::Encoding::Utf16BE
                              << QStringList{u"a"_s, u"b"_s + chinese};
    QTest::newRow("Latin-1") << "caf\xe9\n\xff\n"_ba << LogDocument::Encoding::Latin1
                             << QStringList{u"caf\u00e9"_s, u"\u00ff"_s};
}

void TestLogInputs::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(LogDocument::Encoding, encoding);
    QFETCH(QStringList, lines);
    const QString path = writeFile(m_dir.filePath(u"enc.log"_s), bytes);
    LogDocument doc;
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QVERIFY(doc.open(path));
    QVERIFY(finished.wait(20000));
    QCOMPARE(doc.encoding(), encoding);
    QVERIFY(!doc.encodingName().isEmpty());
    QStringList got;
    for (LineNumber n(0); n.value < doc.lineCount().value; ++n)
        got.append(doc.lineText(n));
    QCOMPARE(got, lines);
}

void TestLogInputs::invalidBytesBecomeReplacementCharacters()
{
    LogDocument doc;
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QVERIFY(doc.open(writeFile(m_dir.filePath(u"utf8.log"_s), "ok\n"_ba)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(doc.encoding(), LogDocument::Encoding::Utf8);
    QCOMPARE(doc.decode("a\xff" "b"), u"a\ufffdb"_s);
}

void TestLogInputs::invalidBytesFlagged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<LogDocument::Encoding>("encoding");
    QTest::addColumn<QList<bool>>("flagged");

    const QByteArray utf8Line = u"Dec  4 2026 10:00:00 AR1 %%01IFNET/4/LINK_STATE(l):接口状态变为DOWN。"_s.toUtf8() + '\n';
    QStringEncoder toGb("GB18030");
    const QByteArray gbLine = QByteArray(toGb.encode(u"Dec  4 2026 10:00:00 FW1 %%01SHELL/5/CMDRECORD(s):用户执行了命令。"_s)) + '\n';
    QList<bool> clean(30, false);

    QList<bool> oneBad = clean;
    oneBad << true << false << true;
    QTest::newRow("UTF-8 with a bad byte and a cut character") << utf8Line.repeated(30) + "bad \xff byte\nok\ncut \xe6\x8e\n"_ba
                                                               << LogDocument::Encoding::Utf8 << oneBad;
    QList<bool> gbBad = clean;
    gbBad << true << false;
    QTest::newRow("GBK with a broken byte") << gbLine.repeated(30) + "bad \xff byte\nok\n"_ba << LogDocument::Encoding::Gb18030
                                            << gbBad;
    // Chinese UTF-8 that happens to be well-formed GB18030 too: one cut character must not turn it into GBK.
    const QByteArray ambiguous = u"Dec  4 2026 10:00:00 AR1 %%01IKE/5/IKE_NEGO_FAIL(l):对端中文 x"_s.toUtf8() + '\n';
    QList<bool> ambiguousFlags(211, false);
    ambiguousFlags << true;
    QTest::newRow("UTF-8 that reads as GB18030, a cut character") << ambiguous.repeated(211) + "cut \xe4\xb8\n"_ba
                                                                  << LogDocument::Encoding::Utf8 << ambiguousFlags;
    QList<bool> gbCut = clean;
    gbCut << true;
    QTest::newRow("GBK with a cut character") << gbLine.repeated(30) + QByteArray(toGb.encode(u"用户"_s)) + "\xd6\n"_ba
                                              << LogDocument::Encoding::Gb18030 << gbCut;
    QTest::newRow("UTF-8 clean") << utf8Line.repeated(30) << LogDocument::Encoding::Utf8 << clean;
    QTest::newRow("Latin-1: nothing to flag") << "caf\xe9 ol\xe9\nna\xefve\n"_ba << LogDocument::Encoding::Latin1
                                              << QList<bool>{false, false};
}

// A few damaged bytes keep the file's encoding; the lines that carry them are flagged and show
// replacement characters, the others read as they are.
void TestLogInputs::invalidBytesFlagged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(LogDocument::Encoding, encoding);
    QFETCH(QList<bool>, flagged);
    LogDocument doc;
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QVERIFY(doc.open(writeFile(m_dir.filePath(u"flags.log"_s), bytes)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(doc.encoding(), encoding);
    QCOMPARE(doc.lineCount().value, quint64(flagged.size()));
    for (qsizetype i = 0; i < flagged.size(); ++i) {
        const LineNumber n{quint64(i)};
        QVERIFY2(bool(doc.record(n).flags & InvalidBytes) == flagged[i], qPrintable(u"line %1"_s.arg(i)));
        QVERIFY2(doc.lineText(n).contains(QChar::ReplacementCharacter) == flagged[i], qPrintable(doc.lineText(n)));
    }
}

void TestLogInputs::decompressesTooMuch_data()
{
    QTest::addColumn<QString>("path");
    const QByteArray big = Sample.repeated(3 * 1024 * 1024 / Sample.size() + 1); // over 3 MB, compresses well
    QTest::newRow("gzip") << writeCompressed(m_dir.filePath(u"bomb.gz"_s), KCompressionDevice::GZip, big);
    QTest::newRow("xz") << writeCompressed(m_dir.filePath(u"bomb.xz"_s), KCompressionDevice::Xz, big);
    QTest::newRow("zip") << writeZip(m_dir.filePath(u"bomb.zip"_s), {{u"big.log"_s, big}});
}

// An archive that expands past what may be read into memory is refused with a sentence, not read
// until the computer runs out of memory (the limit is lowered here to 2 MB).
void TestLogInputs::decompressesTooMuch()
{
    QFETCH(QString, path);
    qputenv("LOGSAGE_MAX_DECOMPRESSED_MB", "2");
    const Outcome out = openAndRead(path);
    qunsetenv("LOGSAGE_MAX_DECOMPRESSED_MB");
    QVERIFY2(out.error.contains(u"decompresses to more than"_s), qPrintable(out.error));
    QVERIFY(out.error.contains(QDir::toNativeSeparators(path)));
    QVERIFY(out.lines.isEmpty());
}

void TestLogInputs::longLine()
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    const QString path = writeFile(m_dir.filePath(u"long.log"_s), "first\n" + huge + "\nlast\n");
    LogDocument doc;
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QVERIFY(doc.open(path));
    QVERIFY(finished.wait(20000));
    QCOMPARE(doc.lineCount().value, 3u);
    QCOMPARE(doc.lineBytes(LineNumber(1)).size(), huge.size());
    QCOMPARE(doc.lineText(LineNumber(2)), u"last"_s);
}

// Opening another file while a big archive is still being decompressed drops the archive.
void TestLogInputs::reopenWhileDecompressing()
{
    const QString big = writeCompressed(m_dir.filePath(u"big.gz"_s), KCompressionDevice::GZip, Sample.repeated(200000));
    const QString plain = writeFile(m_dir.filePath(u"after.log"_s), "after\n"_ba);
    LogDocument doc;
    QSignalSpy failed(&doc, &LogDocument::failed);
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QVERIFY(doc.open(big));
    QVERIFY(doc.isIndexing());
    QVERIFY(doc.open(plain));
    QVERIFY(finished.wait(20000));
    QCOMPARE(doc.lineCount().value, 1u);
    QCOMPARE(doc.lineText(LineNumber(0)), u"after"_s);
    QVERIFY(failed.isEmpty());
    QCOMPARE(finished.size(), 1);

    auto gone = std::make_unique<LogDocument>();
    QVERIFY(gone->open(big));
    gone.reset(); // destroyed mid-load: no crash, no late callback
}

QTEST_GUILESS_MAIN(TestLogInputs)
#include "tst_loginputs.moc"
