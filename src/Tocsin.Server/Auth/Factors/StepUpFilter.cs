using Tocsin.Core;
using Tocsin.Server.Api;

namespace Tocsin.Server.Auth.Factors;

/// <summary>Endpoint filter of the approving, rejecting and cancelling operations: 403 problem
/// <c>step-up-required</c> (nothing changes) when <see cref="StepUp"/> asks for the second factor again. A page's
/// script sends the reader to <see cref="SignInSteps.VerifyPath"/> (the problem's <c>verify</c> member) and back;
/// a Basic call repeats the request with a fresh code in <see cref="FactorCheck.HeaderName"/>.</summary>
public sealed class StepUpFilter(StepUp stepUp) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (await stepUp.IsNeededAsync(http.User, http.RequestAborted))
        {
            var problem = Problems.For(new Error(StepUp.ProblemCode,
                $"Verify your second factor again (sign-in step {SignInSteps.VerifyPath}, or a code in the {FactorCheck.HeaderName} header) before this action.").As(ErrorKind.Forbidden));
            problem.ProblemDetails.Extensions["verify"] = SignInSteps.VerifyPath;
            return problem;
        }

        return await next(context);
    }
}
