namespace Tocsin.Server.Web.Admin;

/// <summary>What the subscribers page's add form posts.</summary>
public sealed class NewSubscriberForm
{
    /// <summary>The subscriber's unique name.</summary>
    public string? Name { get; set; }

    /// <summary>Where its messages go.</summary>
    public string? Url { get; set; }

    /// <summary>Territory ids separated by spaces or commas; empty for every message.</summary>
    public string? Territories { get; set; }

    /// <summary>Ticked: also exercises and tests.</summary>
    public bool Exercises { get; set; }

    /// <summary>The territory ids as the registration takes them.</summary>
    public IReadOnlyList<string> TerritoryIds() =>
        (Territories ?? string.Empty).Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
