using Tocsin.Testing;

[assembly: AssemblyFixture(typeof(PostgresServer))]
