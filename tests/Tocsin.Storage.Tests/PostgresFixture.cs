using Tocsin.Testing;

// One throwaway PostgreSQL cluster for the whole assembly (see PostgresServer).
[assembly: AssemblyFixture(typeof(PostgresServer))]
