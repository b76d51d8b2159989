using Microsoft.Extensions.DependencyInjection;
using Tocsin.Cli.Demo;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>What the tearline room needs on the demo server beyond the demo itself, set up as an administrator would with
/// <c>tocsin partner policy --org</c> and <c>tocsin partner add</c>: our organisation's identity, and two partners with
/// read grants on the picture, one cleared for TLP:GREEN (France) and one for TLP:CLEAR only (Russia).</summary>
public static class TearlineRoom
{
    /// <summary>The demo's TLP:AMBER note explaining the attributions' grades: a restricted object with two text properties.</summary>
    public const string AmberNote = "note--d87759fb-f886-47b2-9f6f-547273de6187";

    /// <summary>The partner cleared for TLP:GREEN.</summary>
    public const string GreenPartner = "tl-green-fra";

    /// <summary>The partner cleared for TLP:CLEAR only.</summary>
    public const string ClearPartner = "tl-clear-rus";

    /// <summary>Sets the organisation and adds the two partners, once per server.</summary>
    public static async Task PrepareAsync(DemoServer server)
    {
        var store = server.Services.GetRequiredService<ITocsinStore>();
        var settings = await store.Sharing.GetSettingsAsync(CancellationToken.None);
        await store.Sharing.SetSettingsAsync(settings with { OrganisationIdentityIds = [DemoPicture.OrganizationId] }, CancellationToken.None);
        var picture = await store.FindCollectionAsync("picture", CancellationToken.None) ?? throw new InvalidOperationException("The demo has no picture.");
        foreach (var (name, country, ceiling) in new[] { (GreenPartner, "FRA", TlpLevel.Green), (ClearPartner, "RUS", TlpLevel.Clear) })
        {
            if (await store.FindPrincipalAsync(name, CancellationToken.None) is not null)
            {
                continue;
            }

            var partner = (await store.AddPrincipalAsync(name, PrincipalKind.Partner, [], null, CancellationToken.None)).Value;
            (await store.Sharing.SetProfileAsync(new PartnerProfile(partner.Id, name, country, ceiling, [], []), CancellationToken.None)).Value.ToString();
            (await store.GrantAsync(picture.Id, partner.Id, CollectionRights.Read, CancellationToken.None)).Value.ToString();
        }
    }
}
