using Microsoft.Extensions.Options;

namespace Tocsin.Server.Recipients;

/// <summary>The rule the ranges cannot say: an automatic reminder, when on, waits at least an hour.</summary>
internal sealed class RecipientOptionsValidator : IValidateOptions<RecipientOptions>
{
    public ValidateOptionsResult Validate(string? name, RecipientOptions options) =>
        options.ReminderAfter > TimeSpan.Zero && options.ReminderAfter < TimeSpan.FromHours(1)
            ? ValidateOptionsResult.Fail($"{RecipientOptions.Section}:ReminderAfter must be 0 (off) or at least 01:00:00, not {options.ReminderAfter}.")
            : ValidateOptionsResult.Success;
}
