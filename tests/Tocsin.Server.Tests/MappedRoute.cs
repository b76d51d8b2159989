namespace Tocsin.Server.Tests;

/// <summary>One route of the application: an HTTP method and a route pattern such as <c>/api/v1/drafts/{id:guid}</c>.</summary>
public sealed record MappedRoute(string Method, string Pattern)
{
    /// <summary>True for methods that change state.</summary>
    public bool ChangesState => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    /// <summary>The pattern with each parameter replaced by a value of the right shape that names nothing stored.</summary>
    public Uri SampleUri() => new(System.Text.RegularExpressions.Regex.Replace(Pattern, @"\{([^}:]+)(:[^}]*)?\}",
        m => m.Groups[2].Value.StartsWith(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString("D") : "unknown-" + m.Groups[1].Value), UriKind.Relative);

    /// <inheritdoc />
    public override string ToString() => Method + " " + Pattern;
}
