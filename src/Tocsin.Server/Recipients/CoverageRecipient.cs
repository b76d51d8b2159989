namespace Tocsin.Server.Recipients;

/// <summary>One recipient of a posture and where its answers stand.</summary>
/// <param name="Id">The subscriber id.</param>
/// <param name="Name">The subscriber name.</param>
/// <param name="Sectors">Its sectors.</param>
/// <param name="Measures">How many measures were addressed to it.</param>
/// <param name="Answered">On how many it has reported.</param>
/// <param name="LastReminderAt">When it was last reminded (UTC); null when never.</param>
public sealed record CoverageRecipient(Guid Id, string Name, IReadOnlyList<string> Sectors, int Measures, int Answered, DateTimeOffset? LastReminderAt);
