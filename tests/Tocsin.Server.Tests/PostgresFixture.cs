using Tocsin.Testing;

// One throwaway PostgreSQL server for the whole assembly (the multi-node tests); see PostgresServer.
[assembly: AssemblyFixture(typeof(PostgresServer))]
