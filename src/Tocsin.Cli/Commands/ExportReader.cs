using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Server.Auth;
using Tocsin.Server.Classification;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary>Whose clearance <c>tocsin export</c> applies (docs/read-log.md): the member of staff named by
/// <c>--as NAME</c>, or else the scale's lowest clearance, so that an export made without saying for whom never
/// holds more than anyone may read. The classification settings are the server's (<c>Tocsin:Classification</c>).</summary>
internal static class ExportReader
{
    /// <summary>The reader for <paramref name="name"/> (null: the lowest clearance). Fails with
    /// <c>principal-not-found</c> for an unknown name or a partner service.</summary>
    public static async Task<Result<StaffReader>> ForAsync(ITocsinStore store, string? name, CancellationToken cancellationToken)
    {
        var configuration = CliStore.Configuration();
        var classification = configuration.GetSection(ClassificationSettings.Section).Get<ClassificationSettings>() ?? new ClassificationSettings();
        var server = configuration.GetSection(ServerSettings.Section).Get<ServerSettings>() ?? new ServerSettings();
        var gate = new ReadGate(store, new NationalClassification(classification), server);
        if (name is null)
        {
            return await gate.ForAsync(new ClaimsPrincipal(new ClaimsIdentity()), cancellationToken);
        }

        if (await store.FindPrincipalAsync(name, cancellationToken) is not { Kind: PrincipalKind.User } principal)
        {
            return StoreErrors.PrincipalNotFound(name) with { Message = $"--as: no member of staff is named '{name}'." };
        }

        return await gate.ForAsync(PrincipalClaims.ToClaimsPrincipal(principal, "cli"), cancellationToken);
    }
}
