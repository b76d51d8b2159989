using Tocsin.Core.Sharing;
using Tocsin.Storage;

namespace Tocsin.Server.Sharing;

/// <summary>A collection as one partner receives it over TAXII: what it receives (<see cref="Received"/>) and what it does
/// not, with why (<see cref="Withheld"/>), both limited to what the administrator asking may read.</summary>
public sealed record PartnerPreviewResult(PartnerProfile Partner, Collection Collection, bool CanRead, IReadOnlyList<PreviewRow> Received,
    IReadOnlyList<PreviewRow> Withheld);
