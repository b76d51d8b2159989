using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tocsin.Server.Api.Contract;

/// <summary>What a request body type declares about itself: its required members (by
/// <see cref="RequiredFieldAttribute"/>) and its example (by <see cref="RequestExampleAttribute"/>), read once
/// per type.</summary>
internal static class RequestBodyContract
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<RequiredMember>> RequiredByType = new();

    /// <summary>One required member: its name on the wire (camelCase, as the API reads bodies) and its property.</summary>
    public sealed record RequiredMember(string JsonName, PropertyInfo Property);

    /// <summary>The required members of <paramref name="type"/>; empty for a type that declares none.</summary>
    public static IReadOnlyList<RequiredMember> Required(Type type) => RequiredByType.GetOrAdd(type, static type =>
    {
        var marked = type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.IsDefined(typeof(RequiredFieldAttribute)))
            .Select(p => p.Name!)
            .ToHashSet(StringComparer.Ordinal);
        return [.. from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                   where marked.Contains(property.Name) || property.IsDefined(typeof(RequiredFieldAttribute))
                   select new RequiredMember(JsonNamingPolicy.CamelCase.ConvertName(property.Name), property)];
    });

    /// <summary>The first required member that <paramref name="body"/> lacks (absent, null or blank text), or null.</summary>
    public static string? FirstMissing(object? body)
    {
        if (body is null)
        {
            return null;
        }

        foreach (var member in Required(body.GetType()))
        {
            var value = member.Property.GetValue(body);
            if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
            {
                return member.JsonName;
            }
        }

        return null;
    }

    /// <summary>The example of <paramref name="type"/> from <c>docs/examples/</c>, or null when it names none.</summary>
    public static JsonNode? Example(Type type)
    {
        if (type.GetCustomAttribute<RequestExampleAttribute>() is not { } example)
        {
            return null;
        }

        var resource = "Tocsin.Server.Examples." + example.File;
        using var stream = typeof(RequestBodyContract).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The example {example.File} is not embedded (docs/examples/).");
        return JsonNode.Parse(stream);
    }
}
