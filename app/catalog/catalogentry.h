#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace LogSage {

enum class Language : quint8 { Chinese, English };

/// Where a text came from, shown to the user as a provenance badge.
enum class TextOrigin : quint8 {
    Vendor,     ///< the vendor's log reference, as published
    Translated, ///< translated by LogSage from the vendor's text
    Written,    ///< written by LogSage
    User,       ///< from a user catalog or an import
};

/// A text in both languages, each with its origin. Either language may be empty.
struct LocalizedText {
    QString zh;
    QString en;
    TextOrigin zhOrigin = TextOrigin::Vendor;
    TextOrigin enOrigin = TextOrigin::Translated;

    /// The text in the language asked for, falling back to the other one when empty.
    QString text(Language language) const;
    TextOrigin origin(Language language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
};

/// The JSON name of an origin ("vendor", "translated", "written", "user").
QString originName(TextOrigin origin);
/// The origin named `name` in a catalog file, or nothing when the name is unknown.
std::optional<TextOrigin> originFromName(QStringView name);

/// One remediation step. Commands are CLI commands to run on the device, shown as code with a
/// copy button; the text names them too (between backticks).
struct CatalogStep {
    LocalizedText text;
    QStringList commands;
};

/// A condition on one parameter of the log line, e.g. Reason == "phase1 proposal mismatch".
struct CauseCondition {
    QString parameter;
    QString equals;        ///< compared trimmed and case-insensitively
    bool fallback = false; ///< matches when no other cause with a condition on `parameter` does
};

struct CatalogCause {
    QString key;                            ///< stable id within the entry, e.g. "phase1-proposal-mismatch"
    LocalizedText text;
    std::optional<CauseCondition> condition;
    QList<CatalogStep> steps;               ///< the steps for this cause; may be empty
};

/// What a message says about an IPSec tunnel, so that the tunnel timeline uses its lines.
enum class TunnelEventMark : quint8 {
    None,    ///< not a tunnel event
    Up,      ///< a tunnel came up (IPSEC_TUNNEL_ESTABLISHED)
    Down,    ///< a tunnel went down (IPSEC_TUNNEL_TEARED_DOWN)
    Failure, ///< a tunnel failed to negotiate (IKE_NEGO_FAIL)
};

/// Which parameters of a marked message name its tunnel and reason. An empty name means the
/// built-in one: PolicyName, SeqNum, DstIP (else PeerAddress or RemoteAddress), OfflineReason
/// (else Reason). A name given is the only one read: a line without it leaves the field empty.
struct TunnelEventParameters {
    QString policy;
    QString seq;
    QString peer;
    QString reason;

    bool isEmpty() const { return policy.isEmpty() && seq.isEmpty() && peer.isEmpty() && reason.isEmpty(); }
    friend bool operator==(const TunnelEventParameters &, const TunnelEventParameters &) = default;
};

/// The JSON name of a mark ("up", "down", "failure"); empty for None.
QString tunnelEventMarkName(TunnelEventMark mark);
/// The mark named `name` in a catalog file, or nothing when the name is unknown.
std::optional<TunnelEventMark> tunnelEventMarkFromName(QStringView name);

struct CatalogParameter {
    QString name;          ///< as printed in the log line (`PeerAddress`, `destination address`)
    QString type;          ///< `ULONG`, `STRING`, ... or empty
    LocalizedText description;
};

/// One message of the vendor's log reference.
struct CatalogEntry {
    QString id;            ///< MODULE/SEVERITY/BRIEF as in the reference, e.g. "IKE/5/IKE_NEGO_FAIL"
    QString module;        ///< "IKE"; matched case-insensitively
    int severity = -1;     ///< the reference's severity, 0..7
    QString brief;         ///< "IKE_NEGO_FAIL"; matched exactly
    QString section;       ///< "43.6"
    LocalizedText appliesTo; ///< versions, e.g. "V200R008C50 and later"
    LocalizedText message;   ///< the message template with [param] placeholders
    LocalizedText meaning;
    QList<CatalogParameter> parameters;
    LocalizedText causesIntro; ///< the sentence before a list of keyed causes, e.g. "常见原因包括："
    QList<CatalogCause> causes;
    QList<CatalogStep> steps;   ///< general steps, after the cause-specific ones
    QStringList tags;           ///< words to find and group the entry by, e.g. "tunnel"
    TunnelEventMark tunnelEvent = TunnelEventMark::None; ///< the tunnel timeline reads its lines as this event
    TunnelEventParameters tunnelParameters; ///< for a tunnel event: the parameters it reads, when not the built-in ones
    LocalizedText note;         ///< e.g. that the vendor's full text is not bundled
    bool fullText = true;       ///< false when only the title and a short meaning are known
    QString catalogName;        ///< the catalog this entry was loaded from
};

/// Splits "MODULE/SEVERITY/BRIEF"; false when `id` does not have that shape.
bool splitMessageId(const QString &id, QString *module, int *severity, QString *brief);

/// A piece of a reference entry whose heading and ID are missing (e.g. cut off at the start of an
/// excerpt). Kept so that its text can be searched and read; never matched to log lines.
struct CatalogFragment {
    QString before;        ///< the section of the entry that follows it, e.g. "43.4"
    QList<CatalogParameter> parameters;
    QList<CatalogCause> causes;
    QList<CatalogStep> steps;
    LocalizedText note;    ///< what is known about where it came from
    QString catalogName;   ///< the catalog this fragment was loaded from
};

} // namespace LogSage
