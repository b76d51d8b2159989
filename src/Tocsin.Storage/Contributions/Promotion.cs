using Tocsin.Core.Stix;

namespace Tocsin.Storage.Contributions;

/// <summary>A promotion done: the contribution promoted, how, and the versions now in our picture (the partner's
/// version; or our new object then its <c>derived-from</c> relationship).</summary>
public sealed record Promotion(Contribution Source, PromotionMode Mode, IReadOnlyList<StixObject> Promoted);
