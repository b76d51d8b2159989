using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tocsin.Server.Api;

/// <summary>Completes the OpenAPI document so a client (and a linter) knows what each operation wants: an
/// <c>operationId</c> from method and route, a summary (the handler's name when no XML summary was found), the
/// HTTP Basic security scheme on every operation that needs a principal (an empty requirement on public
/// ones, read from <c>x-tocsin-access</c>), its 4xx answers as RFC 9457 problems (TAXII errors under
/// <c>/taxii2</c>), and an example for every request body.</summary>
/// <remarks>Problem vocabulary: docs/api.md. Checked by <c>OpenApiContractTests</c>.</remarks>
internal sealed class ApiContractTransformer : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    /// <summary>The name of the security scheme in <c>components.securitySchemes</c>.</summary>
    public const string BasicScheme = "basic";

    private const string ProblemSchema = "ProblemDetails";
    private const string TaxiiErrorSchema = "TaxiiError";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(operation.Summary))
        {
            var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
            operation.Summary = handler is not null && !handler.Name.Contains('<', StringComparison.Ordinal)
                ? Sentence(handler.Name)
                : $"{context.Description.HttpMethod} /{context.Description.RelativePath}";
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BasicScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "basic",
            Description = "HTTP Basic: a staff account's name and password, or a partner's API key as the user name with an empty password.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Components.Schemas[TaxiiErrorSchema] = TaxiiError();

        document.Info.License ??= new OpenApiLicense { Name = "Apache-2.0", Identifier = "Apache-2.0" };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags?.OfType<OpenApiTag>() ?? [])
        {
            tag.Description ??= $"Operations of the {tag.Name} area; who may call each is in its x-tocsin-access.";
        }

        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                Complete(document, path, method.ToString(), operation);
            }
        }

        return Task.CompletedTask;
    }

    private static void Complete(OpenApiDocument document, string path, string method, OpenApiOperation operation)
    {
        operation.OperationId ??= OperationId(method, path);
        var isPublic = operation.Extensions is { } extensions && extensions.TryGetValue("x-tocsin-access", out var access)
            && access is JsonNodeExtension { Node: JsonValue value } && value.ToString() == "public";
        operation.Security = isPublic
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BasicScheme, document)] = [] }];

        var taxii = path.StartsWith("/taxii2", StringComparison.Ordinal);
        operation.Responses ??= new OpenApiResponses();
        var hasInput = operation.RequestBody is not null || operation.Parameters is { Count: > 0 };
        if (hasInput)
        {
            Add(document, operation, "400", "The request cannot be read: malformed JSON, a value of the wrong type, a parameter that does not parse.", taxii);
        }

        if (!isPublic)
        {
            Add(document, operation, "401", "No credentials, or credentials that do not verify.", taxii);
            Add(document, operation, "403", "The principal may not do this.", taxii);
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            Add(document, operation, "404", "Nothing with this identifier, or nothing the principal may see.", taxii);
        }

        if (operation.RequestBody is not null && !taxii)
        {
            Add(document, operation, "422", "The body was read but breaks a rule; the code and detail name the field.", taxii);
        }

        if (!operation.Responses.Keys.Any(k => k.StartsWith('4')))
        {
            Add(document, operation, "400", "The request cannot be served as asked.", taxii);
        }

        foreach (var media in operation.RequestBody?.Content?.Values ?? [])
        {
            if (media.Example is null && media.Examples is not { Count: > 0 })
            {
                media.Example = (media.Schema is { } schema ? Example(schema, 0) : null) ?? new JsonObject();
            }
        }
    }

    private static void Add(OpenApiDocument document, OpenApiOperation operation, string status, string description, bool taxii)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var (mediaType, schema) = taxii ? ("application/taxii+json;version=2.1", TaxiiErrorSchema) : ("application/problem+json", ProblemSchema);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
        };
    }

    /// <summary>A JSON example for <paramref name="schema"/>: each property with a value of its type.</summary>
    private static JsonNode? Example(IOpenApiSchema schema, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        if ((schema.OneOf ?? schema.AnyOf)?.FirstOrDefault(s => s.Type is not JsonSchemaType.Null) is { } branch)
        {
            return Example(branch, depth + 1);
        }

        if (schema.Enum?.FirstOrDefault(v => v is not null) is { } value)
        {
            return value.DeepClone();
        }

        var type = schema.Type ?? JsonSchemaType.Object;
        if (type.HasFlag(JsonSchemaType.Object) || schema.Properties is { Count: > 0 })
        {
            var example = new JsonObject();
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                example[name] = Example(property, depth + 1);
            }

            return example;
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return schema.Items is { } items ? new JsonArray(Example(items, depth + 1)) : new JsonArray();
        }

        return type.HasFlag(JsonSchemaType.Boolean) ? JsonValue.Create(false)
            : type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number) ? JsonValue.Create(1)
            : schema.Format switch
            {
                "date-time" => JsonValue.Create("2025-01-01T00:00:00Z"),
                "uuid" => JsonValue.Create("0191e2c5-7a3b-7c4d-8e5f-1a2b3c4d5e6f"),
                "uri" => JsonValue.Create("https://operator.example.org/hooks/tocsin"),
                _ => JsonValue.Create("text"),
            };
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem; the vocabulary of type, title and code is in docs/api.md.",
        Required = new HashSet<string>(StringComparer.Ordinal) { "type", "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "urn:tocsin:problem:{kind}, one per kind of refusal." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The same for every problem of a type." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What is wrong with this request, naming the field." },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The precise error code, e.g. effective-at-required." },
        },
    };

    private static OpenApiSchema TaxiiError() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "The TAXII 2.1 error resource (section 3.6.1).",
        Required = new HashSet<string>(StringComparer.Ordinal) { "title" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["description"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["http_status"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    /// <summary><c>post /api/v1/decisions/{id}/approve</c> → <c>postApiV1DecisionsIdApprove</c>.</summary>
    private static string OperationId(string method, string path)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var part in path.Split(['/', '{', '}', '-', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            id.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return id.ToString();
    }

    /// <summary><c>ProposeCancellationAsync</c> → <c>Propose cancellation</c>.</summary>
    private static string Sentence(string name)
    {
        var words = new StringBuilder();
        var trimmed = name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (i > 0 && char.IsUpper(c))
            {
                words.Append(' ').Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }
}
