using Tocsin.Server.Signing;
using Tocsin.Cli.Commands;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Cli.Demo;

/// <summary>Loads the demo picture and users once: only into a store with no collections and no principals,
/// so a restart with <c>--demo</c> never duplicates or overwrites anything.</summary>
public static class DemoLoader
{
    /// <summary>Loads the demo when the store is empty; returns a line saying what happened.</summary>
    public static async Task<string> LoadIntoEmptyAsync(ITocsinStore store, ServerSigner? signer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if ((await store.ListCollectionsAsync(cancellationToken)).Count > 0 || (await store.ListPrincipalsAsync(cancellationToken)).Count > 0)
        {
            return "demo: the store is not empty; nothing loaded";
        }

        var picture = (await store.AddCollectionAsync(ImportCommand.DefaultCollectionAlias, "Intelligence picture", "The demo picture: the March 2024 model case", cancellationToken)).Value;
        var result = await store.AddObjectsAsync(picture.Id, DemoPicture.Objects(), cancellationToken);
        var refused = result.Outcomes.Count - result.Count(ObjectOutcomeKind.Added);
        if (refused > 0)
        {
            throw new InvalidOperationException($"The shipped demo picture has {refused} object(s) the store refused.");
        }

        foreach (var user in DemoPicture.Users)
        {
            // Published demo passwords, deliberately outside PasswordPolicy: the demo never holds real data (docs/demo.md).
            var principal = (await store.AddPrincipalAsync(user.Name, PrincipalKind.User, [user.Role], PasswordHasher.Hash(user.Password), cancellationToken)).Value;
            var rights = user.Role is Role.Analyst or Role.Admin ? CollectionRights.Read | CollectionRights.Write : CollectionRights.Read;
            await store.GrantAsync(picture.Id, principal.Id, rights, cancellationToken);
        }

        var decisions = await DemoDecisions.LoadAsync(store, signer, cancellationToken);
        await DemoPostures.LoadAsync(store, cancellationToken);
        return $"demo: loaded {result.Count(ObjectOutcomeKind.Added)} objects into '{picture.Alias}', {DemoPicture.Users.Count} users, {decisions.Count} Vigipirate decisions and a posture (see docs/demo.md)";
    }
}
