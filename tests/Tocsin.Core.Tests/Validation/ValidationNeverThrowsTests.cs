using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>Generated, not hand-listed: every property at every depth of a valid object of every type is replaced
/// by every kind of JSON value (and removed), and the validator must answer with issues, never an exception. // #21</summary>
public sealed class ValidationNeverThrowsTests
{
    // Each JSON kind, plus the values that break naive numeric and string handling.
    private static readonly string[] _replacements =
    [
        "\"text\"", "\"\"", "7", "-7", "0.5", "1e300", "123456789012345678901234567890", "true", "false", "null",
        "{}", "[]", """[1,"a",null,{},[],true]""", """{"a":1,"b":"x"}""",
    ];

    [Fact]
    public void Every_type_the_validator_knows_has_a_sample()
    {
        var known = StixTypes.DomainObjects.Concat(StixTypes.RelationshipObjects).Concat(StixTypes.CyberObservables)
            .Concat(["marking-definition", "extension-definition", "language-content"]);
        var sampled = EveryTypeSamples.All.Select(s => JsonNode.Parse(s)!["type"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

        var missing = known.Where(type => !sampled.Contains(type)).ToList();

        Assert.True(missing.Count == 0, "No sample of: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_sample_is_valid_so_that_each_change_reaches_the_rules()
    {
        var errors = EveryTypeSamples.All
            .SelectMany(sample => StixValidator.Validate(Parse(sample)))
            .Where(issue => issue.Severity == ValidationSeverity.Error)
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Any_json_value_in_any_property_of_any_type_gives_issues_not_an_exception()
    {
        var failures = new List<string>();
        var validated = 0;
        foreach (var sample in EveryTypeSamples.All)
        {
            foreach (var path in PathsOf(JsonNode.Parse(sample)!, []))
            {
                foreach (var replacement in _replacements.Append(null))
                {
                    var mutated = Mutate(sample, path, replacement);
                    if (StixObject.Parse(Encoding.UTF8.GetBytes(mutated)) is not { IsSuccess: true } parsed)
                    {
                        continue;
                    }

                    validated++;
                    try
                    {
                        StixValidator.Validate(parsed.Value);
                    }
                    catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException
                                                          or IndexOutOfRangeException or NullReferenceException or OverflowException or KeyNotFoundException)
                    {
                        failures.Add($"{exception.GetType().Name} at {exception.StackTrace?.Split('\n')[0].Trim()}: {mutated}");
                    }
                }
            }
        }

        Assert.True(validated > 10_000, $"only {validated} variants were validated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {validated} variants threw:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(15))}");
    }

    private static StixObject Parse(string json) => StixObject.Parse(Encoding.UTF8.GetBytes(json)).Value;

    /// <summary>Every path to a value under <paramref name="node"/> (object keys as strings, list indexes as ints).</summary>
    private static IEnumerable<object[]> PathsOf(JsonNode node, object[] prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    object[] path = [.. prefix, key];
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var inner in PathsOf(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    object[] path = [.. prefix, i];
                    yield return path;
                    if (array[i] is { } child)
                    {
                        foreach (var inner in PathsOf(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The sample with the value at <paramref name="path"/> replaced by <paramref name="json"/>, or removed when null.</summary>
    private static string Mutate(string sample, object[] path, string? json)
    {
        var root = JsonNode.Parse(sample)!;
        var parent = root;
        foreach (var step in path[..^1])
        {
            parent = step is string key ? parent[key]! : parent[(int)step]!;
        }

        var replacement = json is null ? null : JsonNode.Parse(json);
        switch (path[^1], parent)
        {
            case (string key, JsonObject obj) when json is null:
                obj.Remove(key);
                break;
            case (string key, JsonObject obj):
                obj[key] = replacement;
                break;
            case (int index, JsonArray array) when json is null:
                array.RemoveAt(index);
                break;
            case (int index, JsonArray array):
                array[index] = replacement;
                break;
            default:
                throw new InvalidOperationException("A path step does not match its parent.");
        }

        return root.ToJsonString();
    }
}
