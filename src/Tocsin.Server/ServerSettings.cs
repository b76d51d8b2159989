using System.Globalization;

namespace Tocsin.Server;

/// <summary>How a Tocsin server starts: where it listens and where its data lives.</summary>
public sealed record ServerSettings
{
    /// <summary>The default port: http://127.0.0.1:5080.</summary>
    public const int DefaultPort = 5080;

    /// <summary>TCP port on 127.0.0.1.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Directory of the embedded store and keys.</summary>
    public string DataDirectory { get; init; } = "tocsin-data";

    /// <summary>Address to bind; loopback unless configured otherwise.</summary>
    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>Reads <c>--port N</c> and <c>--data DIR</c> when the server runs on its own
    /// (<c>dotnet run --project src/Tocsin.Server</c>); the CLI builds settings itself.</summary>
    public static ServerSettings FromArgs(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new ServerSettings();
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == "--port")
            {
                settings = settings with { Port = int.Parse(args[i + 1], CultureInfo.InvariantCulture) };
            }
            else if (args[i] == "--data")
            {
                settings = settings with { DataDirectory = args[i + 1] };
            }
        }

        return settings;
    }
}
