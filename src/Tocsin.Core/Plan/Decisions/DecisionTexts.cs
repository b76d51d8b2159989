using System.Globalization;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>What a decision's free texts may hold, checked when they are given (proposal, rejection, cancellation)
/// so that nothing accepted can fail later when its CAP message is written and stored: only characters XML 1.0
/// allows (no control character but tab, line feed and carriage return; no lone surrogate; no U+FFFE or U+FFFF),
/// and at most a fixed length per field.</summary>
public static class DecisionTexts
{
    /// <summary>Longest authority (CAP <c>senderName</c>), in UTF-16 code units.</summary>
    public const int MaxAuthorityLength = 200;

    /// <summary>Longest rationale (part of the CAP <c>description</c>), in UTF-16 code units.</summary>
    public const int MaxRationaleLength = 8000;

    /// <summary>Longest reason of a rejection or cancellation (a cancellation's is published), in UTF-16 code units.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>Null when <paramref name="value"/> is fit for <paramref name="field"/>; otherwise
    /// <c>text-too-long</c> or <c>text-invalid-character</c> naming the field and, for a character, its position
    /// (0-based, UTF-16) and code point.</summary>
    public static Error? Check(string field, string? value, int maximumLength)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is null)
        {
            return null;
        }

        if (value.Length > maximumLength)
        {
            return DecisionErrors.TextTooLong(field, maximumLength);
        }

        var invalid = XmlText.FirstInvalid(value);
        if (invalid >= 0)
        {
            return DecisionErrors.TextInvalidCharacter(field, invalid, "U+" + ((int)value[invalid]).ToString("X4", CultureInfo.InvariantCulture));
        }

        return null;
    }
}
