using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Tocsin.Core.Principals;
using Tocsin.Server.Web;

namespace Tocsin.Server.Auth.Factors;

/// <summary>What follows the first step of a sign-in, for every path (the password form, single sign-on): the
/// session at once when no second factor is due, else the second-factor step (or, for a principal whose roles
/// require a factor it has not enrolled, the enrolment step) — and the session cookie once the factor is verified,
/// stating <see cref="SessionClaims.SecondFactorAt"/> and <see cref="SessionClaims.Method"/>.</summary>
public sealed class SignInSteps(Storage.ITocsinStore store, FactorCheck factors, PendingSignIn pending, TimeProvider clock)
{
    /// <summary>The second-factor step (also the step-up page).</summary>
    public const string VerifyPath = "/account/verify";

    /// <summary>The enrolment step for a principal who must use a factor and holds none.</summary>
    public const string EnrolPath = "/account/enrol";

    /// <summary>After a verified first step: signs the session in when no second factor is due (or
    /// <paramref name="secondFactorAt"/> says the identity provider verified one), else starts the pending step.
    /// Returns the local address to send the browser to.</summary>
    public async Task<string> ContinueAsync(HttpContext context, Principal principal, IReadOnlyList<string> methods, DateTimeOffset? secondFactorAt, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        var target = LocalReturn.Or(returnUrl, "/account");
        if (secondFactorAt is not null || !await factors.MustUseAsync(principal, context.RequestAborted))
        {
            await SignInAsync(context, principal, methods, secondFactorAt);
            return target;
        }

        pending.Start(context, principal, methods);
        var holdsOne = (await store.SecondFactors.SummaryAsync(principal.Id, context.RequestAborted)).Any;
        return (holdsOne ? VerifyPath : EnrolPath) + "?returnUrl=" + Uri.EscapeDataString(target);
    }

    /// <summary>After a verified second factor: the session with the first step's methods, <paramref name="method"/>
    /// and <c>mfa</c>, verified now; the pending state ends.</summary>
    public Task CompleteAsync(HttpContext context, Principal principal, IReadOnlyList<string> firstMethods, string method)
    {
        ArgumentNullException.ThrowIfNull(firstMethods);
        PendingSignIn.End(context);
        return SignInAsync(context, principal, [.. firstMethods.Append(method).Append(FactorMethods.MultiFactor).Distinct(StringComparer.Ordinal)], clock.GetUtcNow());
    }

    /// <summary>Who is proving a second factor on this request, with the methods already used: the half signed-in
    /// principal of a pending sign-in, else the signed-in staff member stepping up; null when neither (or the
    /// principal has since been removed).</summary>
    public async Task<(Principal Principal, IReadOnlyList<string> Methods)?> SubjectAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (pending.Read(context) is { } state)
        {
            var half = await store.FindPrincipalAsync(state.Name, context.RequestAborted);
            return half is { DisabledAt: null } && half.Id == state.PrincipalId && half.Kind == PrincipalKind.User ? (half, state.Methods) : null;
        }

        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true, AuthenticationType: SessionCookie.SchemeName, Name: { } name })
        {
            return null;
        }

        var signedIn = await store.FindPrincipalAsync(name, context.RequestAborted);
        var methods = user.FindAll(SessionClaims.Method).Select(c => c.Value).Where(m => m != FactorMethods.MultiFactor).ToList();
        return signedIn is { DisabledAt: null } && signedIn.Id == user.PrincipalId() ? (signedIn, methods) : null;
    }

    /// <summary>The claims principal of a session: who, plus how and when the second factor was verified.</summary>
    public static ClaimsPrincipal SessionPrincipal(Principal principal, IReadOnlyList<string> methods, DateTimeOffset? secondFactorAt)
    {
        ArgumentNullException.ThrowIfNull(methods);
        var user = PrincipalClaims.ToClaimsPrincipal(principal, SessionCookie.SchemeName);
        var identity = (ClaimsIdentity)user.Identity!;
        identity.AddClaims(methods.Select(m => new Claim(SessionClaims.Method, m)));
        if (secondFactorAt is { } at)
        {
            identity.AddClaim(new Claim(SessionClaims.SecondFactorAt, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        return user;
    }

    private static Task SignInAsync(HttpContext context, Principal principal, IReadOnlyList<string> methods, DateTimeOffset? secondFactorAt) =>
        context.SignInAsync(SessionCookie.SchemeName, SessionPrincipal(principal, methods, secondFactorAt), new AuthenticationProperties { IsPersistent = false });
}
