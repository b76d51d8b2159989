namespace Tocsin.Storage.Migration;

/// <summary>A column of the target schema: its PostgreSQL type name and whether it is an identity.</summary>
internal sealed record TargetColumn(string DataType, bool IsIdentity);
