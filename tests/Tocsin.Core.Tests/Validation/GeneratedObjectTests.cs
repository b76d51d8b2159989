using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>Property-based: valid objects from <see cref="RandomStix"/> never get an issue. Seeds are fixed,
/// so a failure reproduces from the seed in its message.</summary>
public sealed class GeneratedObjectTests
{
    [Fact]
    public void Two_thousand_generated_valid_objects_have_no_issues()
    {
        var failures = new List<string>();
        for (var seed = 1; seed <= 2_000; seed++)
        {
            var stixObject = new RandomStix(seed).Next();
            var issues = StixValidator.Validate(stixObject);
            if (issues.Count > 0)
            {
                failures.Add($"seed {seed}: {issues[0]} in {System.Text.Encoding.UTF8.GetString(stixObject.Json.Span)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
    }
}
