using System.Globalization;
using Tocsin.Core;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>What a page of a subscriber's delivery history selects: one state or all, <see cref="Limit"/> deliveries,
/// strictly older than <see cref="Before"/> when continuing.</summary>
public sealed record DeliveryFilter(DeliveryState? State, Guid? Before, int Limit)
{
    /// <summary>Deliveries per page when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest page.</summary>
    public const int MaxLimit = 200;

    /// <summary>The filter as the API and the page receive it: <c>state</c> (<c>pending</c>, <c>delivered</c>, <c>dead</c>),
    /// <c>limit</c> (1 to <see cref="MaxLimit"/>) and <c>next</c> (a cursor of a previous page), or one
    /// <c>delivery-filter-invalid</c> error (a 400).</summary>
    public static Result<DeliveryFilter> Parse(string? state, string? limit, string? next)
    {
        DeliveryState? selected = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            selected = state.Trim() switch
            {
                "pending" => DeliveryState.Pending,
                "delivered" => DeliveryState.Delivered,
                "dead" => DeliveryState.Dead,
                _ => null,
            };
            if (selected is null)
            {
                return Invalid("state must be pending, delivered or dead.");
            }
        }

        var size = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            return Invalid($"limit must be a whole number between 1 and {MaxLimit}.");
        }

        Guid? before = null;
        if (!string.IsNullOrEmpty(next))
        {
            if (!DeliveryCursor.TryDecode(next, out var last))
            {
                return Invalid("next is not a cursor this server gave.");
            }

            before = last;
        }

        return new DeliveryFilter(selected, before, size);
    }

    /// <summary><c>delivery-filter-invalid</c>.</summary>
    public static Error Invalid(string why) => new("delivery-filter-invalid", "The delivery filter is invalid: " + why) { Kind = ErrorKind.Malformed };
}
