using Tocsin.Server;

var app = TocsinServer.Build(args, ServerSettings.FromArgs(args));
await app.RunAsync();
