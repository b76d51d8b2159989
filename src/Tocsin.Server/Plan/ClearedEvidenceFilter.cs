using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Plan;

/// <summary>Applies <see cref="ClearedEvidence"/> to every decision a <c>/api/v1/decisions</c> endpoint answers with,
/// in one place, so that no endpoint can forget it: a decision, a created decision, or a list of them.</summary>
public sealed class ClearedEvidenceFilter(ClearedEvidence evidence) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        var user = context.HttpContext.User;
        var cancellationToken = context.HttpContext.RequestAborted;
        return inner switch
        {
            Ok<DecisionView> { Value: { } view } => TypedResults.Ok((await evidence.ForAsync(user, ReadPaths.Api, [view], cancellationToken))[0]),
            Created<DecisionView> { Value: { } view } created =>
                TypedResults.Created(created.Location, (await evidence.ForAsync(user, ReadPaths.Api, [view], cancellationToken))[0]),
            Ok<IReadOnlyList<DecisionView>> { Value: { } views } => TypedResults.Ok(await evidence.ForAsync(user, ReadPaths.Api, views, cancellationToken)),
            _ => result,
        };
    }
}
