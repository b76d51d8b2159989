using Tocsin.Core.Classification;

namespace Tocsin.Core.Sharing;

/// <summary>Everything the policy needs beyond the object and the partner: the organisation-wide settings
/// and the marking definitions known by id.</summary>
public sealed class SharingContext
{
    private readonly HashSet<string> _ours;

    /// <summary>A context over <paramref name="settings"/> and <paramref name="markings"/>.</summary>
    public SharingContext(SharingSettings settings, MarkingCatalogue markings)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Markings = markings ?? throw new ArgumentNullException(nameof(markings));
        _ours = new HashSet<string>(settings.OrganisationIdentityIds, StringComparer.Ordinal);
    }

    /// <summary>The organisation-wide settings.</summary>
    public SharingSettings Settings { get; }

    /// <summary>The marking definitions known by id.</summary>
    public MarkingCatalogue Markings { get; }

    /// <summary>The deployment's classification scale and country, for the national release rules.</summary>
    public NationalRules National { get; init; } = NationalRules.Default;

    /// <summary>True when <paramref name="createdByRef"/> is one of our organisation's identities.</summary>
    public bool IsOurs(string? createdByRef) => createdByRef is not null && _ours.Contains(createdByRef);
}
