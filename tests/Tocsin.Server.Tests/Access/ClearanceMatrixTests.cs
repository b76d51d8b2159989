using Tocsin.Testing;

namespace Tocsin.Server.Tests.Access;

/// <summary>The authorisation matrix of staff reads on SQLite: every clearance × compartment × read path
/// (<see cref="ClearanceMatrix"/>).</summary>
public sealed class ClearanceMatrixTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public static TheoryData<int, int> Cells()
    {
        var cells = new TheoryData<int, int>();
        for (var level = 0; level < ClearanceMatrix.Levels.Length; level++)
        {
            for (var compartment = 0; compartment < ClearanceMatrix.Compartments.Length; compartment++)
            {
                cells.Add(level, compartment);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task A_staff_member_is_served_exactly_what_the_clearance_admits_on_every_path_and_recorded_reads_are_logged(int level, int compartment)
    {
        var matrix = await ClearanceMatrix.SeedAsync(app);
        var (principal, client) = await matrix.StaffAsync(ClearanceMatrix.Levels[level], ClearanceMatrix.Compartments[compartment]);
        using (client)
        {
            await matrix.AssertReadsAsync(principal, client, ClearanceMatrix.Levels[level], ClearanceMatrix.Compartments[compartment]);
        }
    }
}

/// <summary>A slice of the matrix on PostgreSQL: the middle clearance with one compartment.</summary>
public sealed class PostgresClearanceMatrixTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_middle_clearance_with_one_compartment_reads_exactly_its_objects_on_postgres()
    {
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:Database", "postgres:" + await postgres.CreateDatabaseAsync()));
        var matrix = await ClearanceMatrix.SeedAsync(app);
        var (principal, client) = await matrix.StaffAsync("SECRET", "alpha");
        using (client)
        {
            await matrix.AssertReadsAsync(principal, client, "SECRET", "alpha");
        }
    }
}
