namespace Tocsin.Server.Snapshot;

/// <summary>What <see cref="PublicPipeline"/> was answered: status, media type and body.</summary>
public sealed record PipelineAnswer(int Status, string ContentType, byte[] Body);
