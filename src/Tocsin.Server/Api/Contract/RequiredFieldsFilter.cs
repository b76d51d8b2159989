using System.Text.Json;
using Tocsin.Core;

namespace Tocsin.Server.Api.Contract;

/// <summary>Refuses a request body that lacks a member marked <see cref="RequiredFieldAttribute"/>, before the
/// handler runs and so before anything is written: 422, code <c>{field}-required</c> (kebab case, e.g.
/// <c>effective-at-required</c>), the detail naming the field as the body spells it.</summary>
/// <remarks>Added once to every API endpoint; an endpoint whose parameters declare no required member gets no
/// filter at all.</remarks>
internal static class RequiredFieldsFilter
{
    /// <summary>The filter for the endpoint of <paramref name="context"/>, or <paramref name="next"/> unchanged.</summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checkedArguments = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index))
            .Where(p => RequestBodyContract.Required(p.parameter.ParameterType).Count > 0)
            .Select(p => p.index)
            .ToArray();
        if (checkedArguments.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            foreach (var index in checkedArguments)
            {
                if (RequestBodyContract.FirstMissing(invocation.Arguments[index]) is { } field)
                {
                    return ValueTask.FromResult<object?>(Problems.For(Missing(field)));
                }
            }

            return next(invocation);
        };
    }

    /// <summary>The refusal of a body without <paramref name="field"/>.</summary>
    public static Error Missing(string field) =>
        new(JsonNamingPolicy.KebabCaseLower.ConvertName(field) + "-required", $"The field {field} is required and must not be null or blank.");
}
