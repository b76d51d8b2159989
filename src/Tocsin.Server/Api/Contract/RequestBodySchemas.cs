using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tocsin.Server.Api.Contract;

/// <summary>Writes into the OpenAPI document what each request body type declares: its schema's <c>required</c>
/// lists exactly the members marked <see cref="RequiredFieldAttribute"/> (the generator would otherwise list
/// every constructor parameter, or none), and every operation taking it shows its
/// <see cref="RequestExampleAttribute"/> example.</summary>
/// <remarks>Checked by <c>RequestExampleTests</c>, which posts each example and each example lacking one
/// required member to a running server.</remarks>
internal sealed class RequestBodySchemas : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (IsRequestBody(context.JsonTypeInfo.Type))
        {
            schema.Required = new HashSet<string>(RequestBodyContract.Required(context.JsonTypeInfo.Type).Select(m => m.JsonName), StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (body is null || RequestBodyContract.Example(body) is not { } example)
        {
            return Task.CompletedTask;
        }

        foreach (var (mediaType, media) in operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
        {
            if (mediaType.Contains("json", StringComparison.Ordinal))
            {
                media.Example = example.DeepClone();
            }
            else if (mediaType == "text/plain" && example["text"] is { } text)
            {
                // The same body sent as plain text: the text itself, its other members in the query.
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The text; the other members of the JSON body go in the query." };
                media.Example = text.DeepClone();
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Our own request records: <c>Tocsin.Server</c> types named <c>…Request</c>.</summary>
    private static bool IsRequestBody(Type type) =>
        type.Namespace?.StartsWith("Tocsin.Server", StringComparison.Ordinal) == true && type.Name.EndsWith("Request", StringComparison.Ordinal);
}
