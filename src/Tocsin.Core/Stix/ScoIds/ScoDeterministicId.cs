using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Stix.ScoIds;

/// <summary>The deterministic identifier of a STIX Cyber-observable Object (STIX 2.1 §2.9): a UUIDv5
/// (RFC 4122 §4.3, SHA-1) in the namespace <c>00abedb4-aa42-466c-9c01-fed23315a9b7</c> of the RFC 8785
/// canonical JSON object made of the type's ID contributing properties (§6.x of each SCO).</summary>
/// <remarks>Of a <c>hashes</c> property one hash contributes, chosen as the OASIS reference implementation
/// (cti-python-stix2) chooses it: MD5, else SHA-1, else SHA-256, else SHA-512, else the first listed.
/// <c>process</c> has no ID contributing properties and always uses UUIDv4.</remarks>
public static class ScoDeterministicId
{
    /// <summary>The namespace §2.9 fixes for SCO identifiers.</summary>
    public static readonly Guid Namespace = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    private static readonly string[] _hashPreference = ["MD5", "SHA-1", "SHA-256", "SHA-512"];

    // §6.1–§6.18, "ID Contributing Properties", each list in ordinal order (the RFC 8785 key order).
    private static readonly FrozenDictionary<string, string[]> _contributing = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["artifact"] = ["hashes", "payload_bin"],
        ["autonomous-system"] = ["number"],
        ["directory"] = ["path"],
        ["domain-name"] = ["value"],
        ["email-addr"] = ["value"],
        ["email-message"] = ["body", "from_ref", "subject"],
        ["file"] = ["extensions", "hashes", "name", "parent_directory_ref"],
        ["ipv4-addr"] = ["value"],
        ["ipv6-addr"] = ["value"],
        ["mac-addr"] = ["value"],
        ["mutex"] = ["name"],
        ["network-traffic"] = ["dst_port", "dst_ref", "end", "extensions", "protocols", "src_port", "src_ref", "start"],
        ["software"] = ["cpe", "name", "swid", "vendor", "version"],
        ["url"] = ["value"],
        ["user-account"] = ["account_login", "account_type", "user_id"],
        ["windows-registry-key"] = ["key", "values"],
        ["x509-certificate"] = ["hashes", "serial_number"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>True when <paramref name="type"/> has ID contributing properties (every SCO but <c>process</c>).</summary>
    public static bool HasContributingProperties(string type) => _contributing.ContainsKey(type);

    /// <summary>The UUIDv5 that <paramref name="root"/>, an SCO of <paramref name="type"/>, should carry;
    /// null when the type has no ID contributing properties or the object has none of them (§2.9: then a
    /// UUIDv4 is used).</summary>
    public static Guid? Compute(string type, JsonElement root)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!_contributing.TryGetValue(type, out var names) || root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var buffer = _buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        Write(buffer, "{"u8);
        var any = false;
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value) || !TryWriteMember(buffer, name, value, any))
            {
                continue;
            }

            any = true;
        }

        if (!any)
        {
            return null;
        }

        Write(buffer, "}"u8);
        return UuidV5(Namespace, buffer.WrittenSpan);
    }

    /// <summary>RFC 4122 §4.3: SHA-1 of the namespace (network byte order) followed by the name, truncated
    /// to 16 bytes, with version 5 and the RFC 4122 variant set.</summary>
    public static Guid UuidV5(Guid namespaceId, ReadOnlySpan<byte> name)
    {
        var input = name.Length <= 1024 ? stackalloc byte[16 + name.Length] : new byte[16 + name.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input[16..]);
        Span<byte> hash = stackalloc byte[20];
        // RFC 4122 §4.3 defines version 5 with SHA-1; it names, it does not protect.
#pragma warning disable CA5350
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    private static bool TryWriteMember(ArrayBufferWriter<byte> buffer, string name, JsonElement value, bool separator)
    {
        JsonElement hashValue = default;
        string? hashName = null;
        if (name == "hashes")
        {
            if (value.ValueKind != JsonValueKind.Object || !TryChooseHash(value, out hashName, out hashValue))
            {
                return false;
            }
        }

        if (separator)
        {
            Write(buffer, ","u8);
        }

        WriteName(buffer, name);
        if (hashName is null)
        {
            JsonCanonicalizer.Write(value, buffer);
        }
        else
        {
            Write(buffer, "{"u8);
            WriteName(buffer, hashName);
            JsonCanonicalizer.Write(hashValue, buffer);
            Write(buffer, "}"u8);
        }

        return true;
    }

    private static bool TryChooseHash(JsonElement hashes, out string? name, out JsonElement value)
    {
        foreach (var preferred in _hashPreference)
        {
            if (hashes.TryGetProperty(preferred, out value))
            {
                name = preferred;
                return true;
            }
        }

        foreach (var first in hashes.EnumerateObject())
        {
            name = first.Name;
            value = first.Value;
            return true;
        }

        name = null;
        value = default;
        return false;
    }

    // Property and hash names here are plain ASCII, so quoting them is their canonical form.
    private static void WriteName(ArrayBufferWriter<byte> buffer, string name)
    {
        var span = buffer.GetSpan(name.Length * 3 + 3);
        span[0] = (byte)'"';
        var written = Encoding.UTF8.GetBytes(name, span[1..]);
        span[written + 1] = (byte)'"';
        span[written + 2] = (byte)':';
        buffer.Advance(written + 3);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
}
