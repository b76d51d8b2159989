using System.Text;
using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>Real STIX content from OASIS, MITRE and OpenCTI must validate with no errors: an error
/// there means a rule misreads the specification.</summary>
public sealed class SampleBundleTests
{
    private const string InvalidFile = "using-tlp2.0-green.INVALID-timestamp.json";

    private static string SamplesRoot => Path.Combine(AppContext.BaseDirectory, "Samples", "stix-bundles");

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SamplesRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(InvalidFile, StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(SamplesRoot, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Real_objects_have_no_errors(string relativePath)
    {
        var errors = new List<ValidationIssue>();
        foreach (var stixObject in ReadObjects(Path.Combine(SamplesRoot, relativePath)))
        {
            errors.AddRange(StixValidator.Validate(stixObject).Where(i => i.Severity == ValidationSeverity.Error));
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public void The_file_named_invalid_is_rejected_for_its_stated_reasons()
    {
        var issues = ReadObjects(Path.Combine(SamplesRoot, "oasis-common-objects", "tlp-2.0", InvalidFile))
            .SelectMany(StixValidator.Validate)
            .ToList();

        Assert.Contains(issues, i => i.Rule == "timestamp-format" && i.Path == "$.created" && i.Severity == ValidationSeverity.Error
            && i.ObjectId == "relationship--1621d4d4-b67d-11e3-9670-f01faf20d111");
        Assert.Contains(issues, i => i.Rule == "id-uuid-version" && i.Severity == ValidationSeverity.Warning
            && i.ObjectId == "identity--1621d4d4-b67d-11e3-9670-f01faf20d111");
    }

    /// <summary>The objects of a bundle (with or without its "type"), or the file's single object.</summary>
    private static List<StixObject> ReadObjects(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var objects = new List<StixObject>();
        if (root.TryGetProperty("objects", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                objects.Add(StixObject.FromTrusted(Encoding.UTF8.GetBytes(item.GetRawText())));
            }
        }
        else
        {
            objects.Add(StixObject.FromTrusted(File.ReadAllBytes(path)));
        }

        return objects;
    }
}
