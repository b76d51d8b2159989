using Tocsin.Server;

var app = await TocsinServer.BuildAsync(args, settings: null, CancellationToken.None);
await app.RunAsync();
