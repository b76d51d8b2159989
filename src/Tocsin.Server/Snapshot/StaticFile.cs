namespace Tocsin.Server.Snapshot;

/// <summary>One file of the static export: its path under the export directory (with <c>/</c>) and its bytes.</summary>
public sealed record StaticFile(string Path, byte[] Bytes);
