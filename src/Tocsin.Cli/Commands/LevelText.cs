using System.Globalization;
using Tocsin.Core;

namespace Tocsin.Cli.Commands;

/// <summary>Reading and writing the values of <c>tocsin level</c>: RFC 3339 times (UTC when no offset is
/// given), decision ids, and one-line refusals <c>code: message</c>.</summary>
internal static class LevelText
{
    public static Result<DateTimeOffset?> OptionalTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<DateTimeOffset?>.Success(null);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? Result<DateTimeOffset?>.Success(at)
            : new Error("invalid-time", $"'{text}' is not an RFC 3339 time such as 2024-03-24T18:00:00Z.");
    }

    public static Result<(DateTimeOffset Effective, DateTimeOffset? ReviewBy, DateTimeOffset? Expires)> Times(TimeProvider clock, string? effective, string? reviewBy, string? expires)
    {
        var start = OptionalTime(effective);
        var review = OptionalTime(reviewBy);
        var end = OptionalTime(expires);
        if ((start.Error ?? review.Error ?? end.Error) is { } error)
        {
            return error;
        }

        return (start.Value ?? clock.GetUtcNow(), review.Value, end.Value);
    }

    public static Result<IReadOnlyList<Guid>> Ids(IReadOnlyList<string> texts)
    {
        var ids = new List<Guid>();
        foreach (var text in texts)
        {
            if (!Guid.TryParse(text, out var id))
            {
                return new Error("invalid-decision-id", $"'{text}' is not a decision id.");
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>LANG=TEXT pairs, each language once.</summary>
    public static Result<IReadOnlyDictionary<string, string>> Translations(IReadOnlyList<string> texts)
    {
        var translations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !translations.TryAdd(text[..equals].Trim(), text[(equals + 1)..]))
            {
                return new Error("invalid-translation", $"'{text}' is not LANG=TEXT with a language given once, e.g. en=\"The threat is high.\"");
            }
        }

        return translations;
    }

    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    public static async Task<int> FailAsync(CliConsole console, Error error)
    {
        await console.Error.WriteLineAsync($"{error.Code}: {error.Message}");
        return ExitCodes.Failure;
    }
}
