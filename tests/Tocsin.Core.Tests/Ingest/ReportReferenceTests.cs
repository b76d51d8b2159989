using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Ingest;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Ingest;

public sealed class ReportReferenceTests
{
    private const string Text = "Gunmen attacked a concert hall outside Moscow on Friday. The Islamic State claimed responsibility for the attack.";

    [Theory]
    [InlineData("AFP")]
    [InlineData("https://example.org/news/1")]
    public void The_report_of_a_named_or_linked_source_is_valid(string source)
    {
        var draft = ReportIngestor.Ingest(new ReportInput(Text, source), [], new FakeTimeProvider(new DateTimeOffset(2024, 3, 23, 8, 0, 0, TimeSpan.Zero))).Value;

        Assert.DoesNotContain(StixValidator.Validate(draft.Report), i => i.Severity == ValidationSeverity.Error);
    }
}
