namespace Tocsin.Core.Cap;

/// <summary>The code denoting the appropriate handling of the message (CAP 1.2 §3.2.1 <c>status</c>). Wire names: <see cref="CapVocabulary"/>.</summary>
public enum CapStatus
{
    /// <summary>Actionable by all targeted recipients.</summary>
    Actual,

    /// <summary>Actionable only by designated exercise participants; the exercise is identified in <c>note</c>. Tocsin's exercise decisions go out only with this status.</summary>
    Exercise,

    /// <summary>Messages that support alert network internal functions.</summary>
    System,

    /// <summary>Technical testing only; all recipients disregard it.</summary>
    Test,

    /// <summary>A preliminary template or draft, not actionable in its current form.</summary>
    Draft,
}
