using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tocsin.Server.Auth;

/// <summary>States in the OpenAPI document who may call each operation, from the endpoint's own authorization
/// metadata so that the document cannot drift from what the server enforces: the extension
/// <c>x-tocsin-access</c> (<c>public</c>, <c>any principal</c>, or <c>staff: ROLES</c>) and the same sentence
/// appended to the description.</summary>
internal sealed class AccessOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var access = Describe(context.Description.ActionDescriptor.EndpointMetadata);
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-tocsin-access"] = new JsonNodeExtension(JsonValue.Create(access));
        var sentence = $"Access: {access}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? sentence : operation.Description + "\n\n" + sentence;
        return Task.CompletedTask;
    }

    /// <summary>Who may call an endpoint with this metadata: the last (most specific) rule wins, as in routing.</summary>
    public static string Describe(IList<object> metadata)
    {
        var staff = metadata.OfType<StaffRoles>().LastOrDefault();
        if (staff is not null)
        {
            return "staff: " + staff.Describe();
        }

        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return "public";
        }

        return "any principal";
    }
}
