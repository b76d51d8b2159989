namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A count of people killed or injured and where it is written: <see cref="Basis"/> says who gives
/// it and how, <see cref="Approximate"/> that it was qualified ("at least", "more than") and
/// <see cref="Written"/> that it was spelled out in words.</summary>
internal sealed record CasualtyFigure(int Count, TextSpan Span, CasualtyBasis Basis = CasualtyBasis.Stated, bool Approximate = false, bool Written = false);
