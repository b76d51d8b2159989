using System.ComponentModel.DataAnnotations;

namespace Tocsin.Server.Audit;

/// <summary>Audit settings, section <c>Tocsin:Audit</c>; validated at start.</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Audit";

    /// <summary>How often the chain's head is checkpointed (when it moved). A checkpoint is also written at shutdown.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(10);
}
