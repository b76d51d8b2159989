namespace Tocsin.Core.Plan;

/// <summary>Opens the plan data files embedded in this assembly (Plan/Data/**).</summary>
internal static class PlanResources
{
    private const string Prefix = "Tocsin.Core.Plan.Data.";

    public static Stream Open(string fileName) =>
        typeof(PlanResources).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded plan data '{fileName}' is missing.");

    public static string ReadText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }

    /// <summary>File names of the embedded resources whose name ends with <paramref name="suffix"/>.</summary>
    public static IReadOnlyList<string> Names(string suffix) =>
        [.. typeof(PlanResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];
}
