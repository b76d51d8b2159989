namespace Tocsin.Storage.Keys;

/// <summary>The server's Data Protection key ring (the keys that protect sign-in cookies and antiforgery tokens),
/// kept in the database so that every node of one deployment shares it (<see cref="ITocsinStore.DataProtectionKeys"/>):
/// a cookie issued by one node is honoured by the next, and a key rotated on one is seen by all.</summary>
/// <remarks>Keys are stored as the XML elements Data Protection writes, unencrypted, like its file-system
/// repository: whoever reads the database can forge a session (docs/security.md).</remarks>
public interface IDataProtectionKeyStore
{
    /// <summary>Every key element stored, oldest first.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores a key element under <paramref name="name"/> (Data Protection's friendly name, unique per key).
    /// Storing the same name again keeps the first element: keys are immutable once written.</summary>
    Task AddAsync(string name, string xml, CancellationToken cancellationToken);
}
