using System.Text;
using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>The demo picture (src/Tocsin.Cli/Demo/model-case-2024.json) validates with no errors.</summary>
public sealed class ModelCaseTests
{
    [Fact]
    public void The_demo_model_case_has_no_errors()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Tocsin.Cli", "Demo", "model-case-2024.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var errors = new List<ValidationIssue>();
        foreach (var item in document.RootElement.GetProperty("objects").EnumerateArray())
        {
            var stixObject = StixObject.FromTrusted(Encoding.UTF8.GetBytes(item.GetRawText()));
            errors.AddRange(StixValidator.Validate(stixObject).Where(i => i.Severity == ValidationSeverity.Error));
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tocsin.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Tocsin.slnx not found above " + AppContext.BaseDirectory);
    }
}
