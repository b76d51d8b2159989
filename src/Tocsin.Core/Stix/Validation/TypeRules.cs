using System.Collections.Frozen;
using Tocsin.Core.Stix.Validation.Types;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The per-type rules, by <c>type</c>: the 19 SDOs, both SROs, the 18 SCOs and the meta objects
/// (marking definitions, extension definitions, language content).</summary>
internal static class TypeRules
{
    private static readonly FrozenDictionary<string, IStixTypeRule> _byType = new IStixTypeRule[]
    {
        new MarkingDefinitionRule(),
        new AttackPatternRule(),
        new CampaignRule(),
        new CourseOfActionRule(),
        new GroupingRule(),
        new IdentityRule(),
        new IncidentRule(),
        new InfrastructureRule(),
        new IntrusionSetRule(),
        new MalwareRule(),
        new MalwareAnalysisRule(),
        new NoteRule(),
        new ObservedDataRule(),
        new OpinionRule(),
        new ReportRule(),
        new ThreatActorRule(),
        new ToolRule(),
        new VulnerabilityRule(),
        new SightingRule(),
        new ArtifactRule(),
        new AutonomousSystemRule(),
        new DirectoryRule(),
        new DomainNameRule(),
        new EmailAddrRule(),
        new EmailMessageRule(),
        new FileRule(),
        new Ipv4AddrRule(),
        new Ipv6AddrRule(),
        new MacAddrRule(),
        new MutexRule(),
        new NetworkTrafficRule(),
        new ProcessRule(),
        new SoftwareRule(),
        new UrlRule(),
        new UserAccountRule(),
        new WindowsRegistryKeyRule(),
        new X509CertificateRule(),
        new ExtensionDefinitionRule(),
        new LanguageContentRule(),
        new IndicatorRule(),
        new LocationRule(),
        new RelationshipRule(),
    }.ToFrozenDictionary(static r => r.Type, StringComparer.Ordinal);

    public static IStixTypeRule? For(string type) => _byType.GetValueOrDefault(type);
}
