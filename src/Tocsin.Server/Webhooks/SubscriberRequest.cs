using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Webhooks;

/// <summary>A new subscriber, as the API and the CLI receive it.</summary>
/// <param name="Name">Unique name: 1–64 of <c>[A-Za-z0-9._@-]</c>.</param>
/// <param name="Url">An http(s) URL the target policy accepts.</param>
/// <param name="Territories">Territory ids of interest (<c>FRA</c>, <c>FRA-D75</c>…); none for all.</param>
/// <param name="Exercises">Opt in to Exercise and Test messages.</param>
/// <param name="Sectors">Sector ids the recipient belongs to (docs/recipients.md); none when outside every sector.</param>
/// <param name="Groups">Recipient group ids it belongs to.</param>
/// <param name="Partner">The partner it delivers for: its measures are then addressed by the partner's sectors and
/// groups, and it may not name its own.</param>
[RequestExample("subscriber.json")]
public sealed record SubscriberRequest([RequiredField] string? Name, [RequiredField] string? Url, IReadOnlyList<string>? Territories, bool Exercises,
    IReadOnlyList<string>? Sectors = null, IReadOnlyList<string>? Groups = null, string? Partner = null);
