namespace Tocsin.Core.Ingest.Extraction;

/// <summary>How a casualty figure is given, weakest first: a group's own claim ("the group said it killed
/// 40"), a figure stated in the report, a revised total ("the death toll rose to 139").</summary>
internal enum CasualtyBasis
{
    Claimed,
    Stated,
    Revised,
}
