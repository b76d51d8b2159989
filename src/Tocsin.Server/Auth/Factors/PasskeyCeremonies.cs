using System.Buffers.Text;
using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.AspNetCore.DataProtection;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Factors;

namespace Tocsin.Server.Auth.Factors;

/// <summary>WebAuthn registration and assertion (Fido2): the relying party is this server's public origin
/// (<c>Tocsin:PublicBaseUrl</c>, else the address the browser used, which the cross-site guard has already checked);
/// the options of a ceremony wait in a short-lived protected cookie, so any node may finish what another began.
/// The signature counter must go forward (a cloned authenticator is refused).</summary>
public sealed class PasskeyCeremonies(ITocsinStore store, ServerSettings settings, IDataProtectionProvider provider, TimeProvider clock)
{
    private const string CookieName = "tocsin-webauthn";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("Tocsin.SecondFactor.WebAuthn").ToTimeLimitedDataProtector();

    /// <summary>Starts registering a passkey for <paramref name="principal"/>: the creation options as JSON for the page's script.</summary>
    public async Task<string> BeginRegistrationAsync(HttpContext context, Principal principal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        var existing = (await store.SecondFactors.SummaryAsync(principal.Id, context.RequestAborted)).Passkeys;
        var options = FidoFor(context.Request).RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = principal.Id.ToByteArray(), Name = principal.Name, DisplayName = principal.Name },
            ExcludeCredentials = [.. existing.Select(p => new PublicKeyCredentialDescriptor(Base64Url.DecodeFromChars(p.CredentialId)))],
            AuthenticatorSelection = new AuthenticatorSelection { ResidentKey = ResidentKeyRequirement.Preferred, UserVerification = UserVerificationRequirement.Preferred },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        var json = options.ToJson();
        Remember(context, "register|" + principal.Id.ToString("D") + "|" + json);
        return json;
    }

    /// <summary>Finishes a registration with the browser's response: the passkey is stored under <paramref name="name"/>.
    /// 422 <c>passkey-invalid</c> when the response does not answer this server's pending options.</summary>
    public async Task<Result<Passkey>> FinishRegistrationAsync(HttpContext context, Principal principal, string name, JsonElement response)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        if (Recall(context, "register", principal.Id) is not { } json)
        {
            return Invalid("No passkey registration is pending (or it expired): start again.");
        }

        try
        {
            var raw = response.Deserialize<AuthenticatorAttestationRawResponse>() ?? throw new JsonException("empty");
            var credential = await FidoFor(context.Request).MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = raw,
                OriginalOptions = CredentialCreateOptions.FromJson(json),
                IsCredentialIdUniqueToUserCallback = async (args, cancellationToken) =>
                    await store.SecondFactors.FindPasskeyAsync(Base64Url.EncodeToString(args.CredentialId), cancellationToken) is null,
            }, context.RequestAborted);
            var passkey = new Passkey(Base64Url.EncodeToString(credential.Id), principal.Id, credential.PublicKey, credential.SignCount,
                string.IsNullOrWhiteSpace(name) ? "passkey" : name.Trim(), clock.GetUtcNow(), null);
            var added = await store.SecondFactors.AddPasskeyAsync(passkey, context.RequestAborted);
            return added.IsSuccess ? passkey : added.Error;
        }
        catch (Exception e) when (e is Fido2VerificationException or JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            return Invalid("The passkey's response could not be verified: " + e.Message);
        }
    }

    /// <summary>Starts an assertion by one of <paramref name="principal"/>'s passkeys: the request options as JSON.</summary>
    public async Task<string> BeginAssertionAsync(HttpContext context, Principal principal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        var passkeys = (await store.SecondFactors.SummaryAsync(principal.Id, context.RequestAborted)).Passkeys;
        var options = FidoFor(context.Request).GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = [.. passkeys.Select(p => new PublicKeyCredentialDescriptor(Base64Url.DecodeFromChars(p.CredentialId)))],
            UserVerification = UserVerificationRequirement.Preferred,
        });
        var json = options.ToJson();
        Remember(context, "assert|" + principal.Id.ToString("D") + "|" + json);
        return json;
    }

    /// <summary>True when the browser's response is a valid assertion of one of <paramref name="principal"/>'s passkeys
    /// for the pending options, with a counter that went forward.</summary>
    public async Task<bool> FinishAssertionAsync(HttpContext context, Principal principal, JsonElement response)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        if (Recall(context, "assert", principal.Id) is not { } json)
        {
            return false;
        }

        try
        {
            var raw = response.Deserialize<AuthenticatorAssertionRawResponse>() ?? throw new JsonException("empty");
            var passkey = await store.SecondFactors.FindPasskeyAsync(Base64Url.EncodeToString(raw.RawId), context.RequestAborted);
            if (passkey is null || passkey.PrincipalId != principal.Id)
            {
                return false;
            }

            var result = await FidoFor(context.Request).MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = raw,
                OriginalOptions = AssertionOptions.FromJson(json),
                StoredPublicKey = passkey.PublicKey,
                StoredSignatureCounter = passkey.SignCount,
                IsUserHandleOwnerOfCredentialIdCallback = (args, _) =>
                    Task.FromResult(args.UserHandle is null || args.UserHandle.AsSpan().SequenceEqual(principal.Id.ToByteArray())),
            }, context.RequestAborted);
            return await store.SecondFactors.UsePasskeyAsync(passkey.CredentialId, result.SignCount, context.RequestAborted);
        }
        catch (Exception e) when (e is Fido2VerificationException or JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static Error Invalid(string message) => new Error("passkey-invalid", message).As(ErrorKind.Invalid);

    private Fido2 FidoFor(HttpRequest request)
    {
        var origin = string.IsNullOrEmpty(settings.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host.Value}"
            : new Uri(settings.PublicBaseUrl).GetLeftPart(UriPartial.Authority);
        return new Fido2(new Fido2Configuration
        {
            RPID = new Uri(origin).Host,
            RPName = "Tocsin",
            Origins = new HashSet<string>(StringComparer.Ordinal) { origin },
        });
    }

    private void Remember(HttpContext context, string state) =>
        context.Response.Cookies.Append(CookieName, _protector.Protect(state, clock.GetUtcNow() + Lifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/account",
            IsEssential = true,
        });

    private string? Recall(HttpContext context, string ceremony, Guid principalId)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/account" });
        try
        {
            var parts = _protector.Unprotect(value, out var expires).Split('|', 3);
            return expires > clock.GetUtcNow() && parts.Length == 3 && parts[0] == ceremony && parts[1] == principalId.ToString("D") ? parts[2] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
