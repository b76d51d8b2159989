using System.Text.RegularExpressions;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The schemes level changes are recognised in: France's Vigipirate, the UK threat level, Belgium's
/// OCAM/CUTA levels and the Netherlands' NCTV levels (docs/ingest.md, "Threat levels").</summary>
internal static class AlertSchemes
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static IReadOnlyList<AlertScheme> All { get; } =
    [
        new("vigipirate", "FR", R(@"\bvigipirate\b"),
        [
            ("vigilance", R(@"(?:niveau|level|posture|to|à|au)\s+[«""“]?\s*vigilance\b")),
            ("securite-renforcee-risque-attentat", R(@"s[ée]curit[ée]\s+renforc[ée]e|risque\s+attentat|heightened\s+security|enhanced\s+security|attack\s+risk")),
            ("urgence-attentat", R(@"urgence[\s-]+attentat|attack\s+emergency|emergency\s+attack|emergency\s+level|terror\s+emergency|urgence\b")),
        ]),
        new("uk", "GB", R(@"\b(?:UK|U\.K\.|British|Britain's|national)\s+(?:terrorism\s+)?threat\s+level\b|\bthreat\s+level\b[^.]*\b(?:UK|Britain|JTAC|MI5|Joint\s+Terrorism\s+Analysis\s+Centre)\b|\b(?:JTAC|Joint\s+Terrorism\s+Analysis\s+Centre)\b"),
        [
            ("low", R(@"\blow\b")),
            ("moderate", R(@"\bmoderate\b")),
            ("substantial", R(@"\bsubstantial\b")),
            ("severe", R(@"\bsevere\b")),
            ("critical", R(@"\bcritical\b")),
        ]),
        new("ocam", "BE", R(@"\b(?:OCAM|CUTA|OCAD)\b"),
        [
            ("1", R(@"\b(?:level|niveau)\s+1\b|\b1\s+(?:on|sur)\s+4\b")),
            ("2", R(@"\b(?:level|niveau)\s+2\b|\b2\s+(?:on|sur)\s+4\b")),
            ("3", R(@"\b(?:level|niveau)\s+3\b|\b3\s+(?:on|sur)\s+4\b")),
            ("4", R(@"\b(?:level|niveau)\s+4\b|\b4\s+(?:on|sur)\s+4\b")),
        ]),
        new("nctv", "NL", R(@"\bNCTV\b"),
        [
            ("1", R(@"\blevel\s+1\b")),
            ("2", R(@"\blevel\s+2\b")),
            ("3", R(@"\blevel\s+3\b")),
            ("4", R(@"\blevel\s+4\b")),
            ("5", R(@"\blevel\s+5\b")),
        ]),
    ];

    private static Regex R(string pattern) => new(pattern, Options, Timeout);
}
