namespace Tocsin.Server.Plan;

/// <summary>What approving a proposal, or a pending cancellation, would put out, computed without writing anything.</summary>
/// <param name="DecisionId">The pending decision previewed; null for a proposal not yet submitted (its id, and so its
/// message identifier, is only assigned when it is proposed).</param>
/// <param name="Identifier">The CAP identifier the message would carry.</param>
/// <param name="MsgType">CAP <c>msgType</c>: <c>Alert</c>, <c>Update</c> when it supersedes published decisions,
/// <c>Cancel</c> for a cancellation.</param>
/// <param name="Status">CAP <c>status</c>: <c>Actual</c>, or <c>Exercise</c> for an exercise.</param>
/// <param name="Signed">True when the message carries the server's XML-DSig signature, as every published message does.</param>
/// <param name="Xml">The CAP 1.2 message, byte for byte what approval at <paramref name="At"/> stores and every channel serves.</param>
/// <param name="At">The trial approval time the message was written for (now, to the millisecond).</param>
/// <param name="PublicLevels">The public status once approved, at the start of the decision (or now, if later): an
/// exercise leaves it as it is.</param>
/// <param name="Warnings">What approval would not change, or would end or leave in force, under the scheme's territory
/// rule: empty when it does exactly what the decision says, and for a cancellation.</param>
public sealed record DecisionPreview(
    Guid? DecisionId,
    string Identifier,
    string MsgType,
    string Status,
    bool Signed,
    string Xml,
    DateTimeOffset At,
    LevelsView PublicLevels,
    IReadOnlyList<PreviewWarning> Warnings);
