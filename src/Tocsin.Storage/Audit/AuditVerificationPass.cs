using System.Security.Cryptography;
using System.Text.Json;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Audit;

/// <summary>One verification of the stored audit chain, fed rows by an engine: the chain itself through the
/// allocation-free <see cref="AuditChainVerifier"/> and, in deep mode, every stored object version against
/// its own content hash and against the hash the log recorded for it. The engine only reads the rows (in
/// one consistent snapshot: checkpoints, then objects when deep, then the log in sequence order).</summary>
internal sealed class AuditVerificationPass(IReadOnlyList<AuditCheckpoint> checkpoints, bool deep, Func<byte[], string, bool>? verifySignature)
{
    private static readonly byte[] ObjectAdd = "object.add"u8.ToArray();
    private static readonly byte[] ContributionAdd = "contribution.add"u8.ToArray();
    private static readonly byte[] ContributionPromote = "contribution.promote"u8.ToArray();

    private readonly AuditChainVerifier _verifier = new(checkpoints, verifySignature);

    /// <summary>Stored content hash of each object version, by "id version_key" (deep mode only).</summary>
    private readonly Dictionary<string, byte[]> _objects = new(StringComparer.Ordinal);

    /// <summary>Versions whose stored bytes do not hash to their stored content hash (deep mode only).</summary>
    private readonly Dictionary<string, string> _damaged = new(StringComparer.Ordinal);

    private AuditMismatch? _objectMismatch;

    /// <summary>Whether the engine must feed every stored object version (<see cref="AddStoredVersion"/>) before the log.</summary>
    public bool Deep => deep;

    /// <summary>One row of <c>objects</c> (deep mode).</summary>
    public void AddStoredVersion(string id, string versionKey, byte[] contentHash, byte[] json)
    {
        var key = id + " " + versionKey;
        _objects[key] = contentHash;
        if (!SHA256.HashData(Canonical(json)).AsSpan().SequenceEqual(contentHash))
        {
            _damaged[key] = $"object {key}: its stored bytes do not match its content hash";
        }
    }

    /// <summary>The next row of <c>audit_log</c>, in sequence order, as UTF-8 fields. Returns false at the first
    /// mismatch: the engine stops reading.</summary>
    public bool Next(long sequence, long at, ReadOnlySpan<byte> actor, ReadOnlySpan<byte> action, ReadOnlySpan<byte> subject,
        ReadOnlySpan<byte> details, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> hash)
    {
        if (!_verifier.Next(sequence, at, actor, action, subject, details, previousHash, hash))
        {
            return false;
        }

        if (deep && (action.SequenceEqual(ObjectAdd) || action.SequenceEqual(ContributionAdd) || action.SequenceEqual(ContributionPromote)))
        {
            _objectMismatch = CheckVersions(sequence, details);
        }

        return _objectMismatch is null;
    }

    /// <summary>The outcome: the first mismatch of the chain, of an object the log lists, or of any damaged version.</summary>
    public AuditVerification Finish()
    {
        var result = _verifier.Finish();
        var objectMismatch = _objectMismatch ?? (result.Intact && _damaged.Count > 0
            ? new AuditMismatch(null, AuditFault.ObjectMismatch, _damaged.First().Value)
            : null);
        return objectMismatch is null ? result : result with { Mismatch = objectMismatch };
    }

    private AuditMismatch? CheckVersions(long sequence, ReadOnlySpan<byte> details)
    {
        using var document = JsonDocument.Parse(details.ToArray());
        if (!document.RootElement.TryGetProperty("versions", out var versions))
        {
            return null; // a digest of a large batch: the versions are checked against their own hashes only
        }

        foreach (var version in versions.EnumerateArray())
        {
            var key = version.GetProperty("id").GetString() + " " + version.GetProperty("version").GetString();
            var listed = Convert.FromHexString(version.GetProperty("sha256").GetString()!);
            if (!_objects.TryGetValue(key, out var stored))
            {
                return new AuditMismatch(sequence, AuditFault.ObjectMismatch, $"entry {sequence}: object {key} is no longer stored");
            }

            if (_damaged.TryGetValue(key, out var damage) || !stored.AsSpan().SequenceEqual(listed))
            {
                return new AuditMismatch(sequence, AuditFault.ObjectMismatch,
                    $"entry {sequence}: {damage ?? $"object {key}: its content hash differs from the one recorded"}");
            }
        }

        return null;
    }

    private static byte[] Canonical(byte[] json)
    {
        try
        {
            return JsonCanonicalizer.Canonicalize(json);
        }
        catch (JsonException)
        {
            return json; // no longer JSON: it cannot hash to what was stored
        }
    }
}
