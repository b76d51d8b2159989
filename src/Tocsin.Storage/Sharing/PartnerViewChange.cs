namespace Tocsin.Storage.Sharing;

/// <summary>What a refresh changed in a partner view.</summary>
/// <param name="Added">Versions newly visible (each with a new <c>date_added</c>).</param>
/// <param name="Removed">Versions no longer visible.</param>
/// <param name="Recomputed">False when the view was current and nothing was evaluated.</param>
public sealed record PartnerViewChange(int Added, int Removed, bool Recomputed);
