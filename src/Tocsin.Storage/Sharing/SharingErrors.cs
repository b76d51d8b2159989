using Tocsin.Core;

namespace Tocsin.Storage.Sharing;

/// <summary>The expected failures of <see cref="ISharingStore"/>.</summary>
public static class SharingErrors
{
    /// <summary><c>not-a-partner</c>: the principal exists but is a user.</summary>
    public static Error NotAPartner(Guid id) => new("not-a-partner", $"Principal {id:D} is not a partner service.");

    /// <summary>Code of <see cref="PartnerNotFound"/>.</summary>
    public const string PartnerNotFoundCode = "partner-not-found";

    /// <summary><c>partner-not-found</c>: no partner service has this name (a user of that name is not one).</summary>
    public static Error PartnerNotFound(string name) => new(PartnerNotFoundCode, $"No partner is named '{name}'.");

    /// <summary>Code of <see cref="ProfileNotFound"/>.</summary>
    public const string ProfileNotFoundCode = "partner-profile-not-found";

    /// <summary><c>partner-profile-not-found</c>: the partner has no sharing profile, so it may receive nothing.</summary>
    public static Error ProfileNotFound(Guid id) => new(ProfileNotFoundCode, $"Partner {id:D} has no sharing profile.");

    /// <summary><c>share-log-range-invalid</c>.</summary>
    public static Error RangeInvalid() => new("share-log-range-invalid", "The end of the range is before its start.");
}
