using System.Text.Json;
using Tocsin.Core;
using Tocsin.Core.Signing;

namespace Tocsin.Server.Signing;

/// <summary>The key set on disk, in <c>{data}/keys/</c>: each private key as PKCS#8 PEM in
/// <c>{kid}.pem</c> (mode 600, in a mode-700 folder), and <c>keyset.json</c> naming the current key
/// and the retired ones with their dates. <c>keyset.json</c> is replaced atomically after the key
/// files are written, so a crash never leaves it naming a missing key.</summary>
public sealed class KeyDirectory
{
    private const string SetFileName = "keyset.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>The key folder of the data directory <paramref name="dataDirectory"/>.</summary>
    public KeyDirectory(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        Path = System.IO.Path.Combine(dataDirectory, "keys");
    }

    /// <summary>The folder holding the keys.</summary>
    public string Path { get; }

    /// <summary>True when a key set has been stored here.</summary>
    public bool Exists => File.Exists(SetFile);

    private string SetFile => System.IO.Path.Combine(Path, SetFileName);

    /// <summary>The stored key set, or <c>invalid-key-set</c> when there is none or it cannot be read
    /// (unparsable <c>keyset.json</c>, a missing or broken key file, a kid that does not match its key).</summary>
    public Result<KeySet> Load()
    {
        if (!Exists)
        {
            return new Error(SignatureErrors.InvalidKeySetCode, $"{Path}: no key set (keyset.json) here.");
        }

        KeySetFile? file;
        try
        {
            file = JsonSerializer.Deserialize<KeySetFile>(File.ReadAllBytes(SetFile), Json);
        }
        catch (JsonException ex)
        {
            return new Error(SignatureErrors.InvalidKeySetCode, $"{SetFile}: not a key set ({ex.Message}).");
        }

        if (file is null || file.Keys.Count(k => k.Kid == file.Current) != 1)
        {
            return new Error(SignatureErrors.InvalidKeySetCode, $"{SetFile}: the current key is not listed exactly once.");
        }

        if (file.Keys.Any(k => k.Kid != file.Current && (k.Retired is null || k.PublishedUntil is null)))
        {
            return new Error(SignatureErrors.InvalidKeySetCode, $"{SetFile}: a retired key lacks its retired or published_until date.");
        }

        var keys = new List<SigningKey>();
        foreach (var entry in file.Keys)
        {
            var key = LoadKey(entry);
            if (!key.IsSuccess)
            {
                return key.Error;
            }

            keys.Add(key.Value);
        }

        return KeySet.Restore(keys.Single(k => k.Kid == file.Current), keys.Where(k => k.Kid != file.Current));
    }

    /// <summary>The stored key set; on first use, a new one with a fresh 3072-bit key, stored. When several nodes
    /// start at once on an empty shared directory, the first to store its set wins and the others load it, so
    /// that every node signs with the one key the JWKS publishes.</summary>
    /// <exception cref="InvalidOperationException">A key set is stored but cannot be read.</exception>
    public KeySet LoadOrCreate(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!Exists)
        {
            var created = new KeySet(SigningKey.Generate(clock.GetUtcNow()));
            if (TryCreate(created))
            {
                return created;
            }
        }

        var loaded = Load();
        return loaded.IsSuccess ? loaded.Value : throw new InvalidOperationException(loaded.Error.Message);
    }

    /// <summary>Rotates: a fresh key becomes current; the previous one stays published for
    /// <paramref name="keepPublished"/>. A running server picks the new set up when it restarts.</summary>
    /// <returns>The new set, or the error from <see cref="Load"/>.</returns>
    public Result<KeySet> Rotate(TimeProvider clock, TimeSpan keepPublished)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var loaded = Exists ? Load() : new KeySet(SigningKey.Generate(clock.GetUtcNow()));
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var now = clock.GetUtcNow();
        var rotated = loaded.Value.Rotate(SigningKey.Generate(now), now, keepPublished);
        Save(rotated);
        return rotated;
    }

    /// <summary>Writes the set: new key files first, then <c>keyset.json</c>; key files of keys no
    /// longer in the set are deleted.</summary>
    public void Save(KeySet keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        CreatePrivateFolder();
        var all = keys.Retired.Prepend(keys.Current).ToList();
        foreach (var key in all)
        {
            var keyFile = KeyFile(key.Kid);
            if (!File.Exists(keyFile))
            {
                WritePrivate(keyFile, key.ToPkcs8Pem());
            }
        }

        var temporary = SetFile + ".tmp";
        File.WriteAllBytes(temporary, SetFileBytes(keys));
        File.Move(temporary, SetFile, overwrite: true);
        foreach (var stale in Directory.EnumerateFiles(Path, "*.pem").Where(f => !all.Any(k => KeyFile(k.Kid) == f)))
        {
            File.Delete(stale);
        }
    }

    /// <summary>Stores a first key set unless another process stored one meanwhile: the key file, then
    /// <c>keyset.json</c> linked into place without overwriting (atomic create-if-absent). False when another
    /// set won; this one's key file is then removed.</summary>
    private bool TryCreate(KeySet keys)
    {
        CreatePrivateFolder();
        var keyFile = KeyFile(keys.Current.Kid);
        WritePrivate(keyFile, keys.Current.ToPkcs8Pem());
        var temporary = $"{SetFile}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, SetFileBytes(keys));
            File.Move(temporary, SetFile, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(SetFile))
        {
            File.Delete(keyFile);
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static byte[] SetFileBytes(KeySet keys)
    {
        var file = new KeySetFile
        {
            Current = keys.Current.Kid,
            Keys = [.. keys.Retired.Prepend(keys.Current).Select(k => new KeyFileEntry { Kid = k.Kid, Created = k.Created, Retired = k.Retired, PublishedUntil = k.PublishedUntil })],
        };
        return JsonSerializer.SerializeToUtf8Bytes(file, Json);
    }

    private Result<SigningKey> LoadKey(KeyFileEntry entry)
    {
        var keyFile = KeyFile(entry.Kid);
        if (!File.Exists(keyFile))
        {
            return new Error(SignatureErrors.InvalidKeySetCode, $"{keyFile}: missing.");
        }

        var key = SigningKey.FromPkcs8Pem(File.ReadAllText(keyFile), entry.Created);
        if (!key.IsSuccess)
        {
            return new Error(key.Error.Code, $"{keyFile}: {key.Error.Message}");
        }

        return key.Value.Kid == entry.Kid
            ? key.Value with { Retired = entry.Retired, PublishedUntil = entry.PublishedUntil }
            : new Error(SignatureErrors.InvalidKeySetCode, $"{keyFile}: holds key '{key.Value.Kid}', not '{entry.Kid}'.");
    }

    private string KeyFile(string kid)
    {
        // Kids are base64url thumbprints; anything else must not become a path.
        if (kid.Length == 0 || !kid.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new InvalidOperationException($"'{kid}' is not a key id.");
        }

        return System.IO.Path.Combine(Path, kid + ".pem");
    }

    private void CreatePrivateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
            return;
        }

        Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void WritePrivate(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 600 from the start: no moment when another user could read the key.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(pem);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // umask-proof
        }
    }
}
