using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Tocsin.Storage;

namespace Tocsin.Server.Auth;

/// <summary>Data Protection's key repository over the store (<see cref="ITocsinStore.DataProtectionKeys"/>), so
/// that every node of one deployment protects and unprotects with the same keys.</summary>
/// <remarks><see cref="IXmlRepository"/> is synchronous, so the store is awaited synchronously here. Data
/// Protection calls it rarely — when it loads or refreshes the key ring (about once a day) and when it creates a
/// key — and caches the ring in between; requests never wait on it otherwise.</remarks>
public sealed class StoreXmlRepository(ITocsinStore store) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.DataProtectionKeys.ListAsync(CancellationToken.None).GetAwaiter().GetResult().Select(x => XElement.Parse(x))];

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrEmpty(friendlyName) ? "key-" + Guid.NewGuid().ToString("D") : friendlyName;
        store.DataProtectionKeys.AddAsync(name, element.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
    }
}
