using Tocsin.Core.Cap;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Cap;

public sealed class CapValidatorTests
{
    private static readonly Dictionary<string, Func<CapAlert, CapAlert>> Breakers = new()
    {
        ["empty identifier"] = a => a with { Identifier = "" },
        ["identifier with a space"] = a => a with { Identifier = "tocsin 42" },
        ["identifier with a comma"] = a => a with { Identifier = "tocsin,42" },
        ["identifier with <"] = a => a with { Identifier = "tocsin<42" },
        ["identifier with &"] = a => a with { Identifier = "tocsin&42" },
        ["identifier with a tab"] = a => a with { Identifier = "tocsin\t42" },
        ["empty sender"] = a => a with { Sender = "" },
        ["sender with a space"] = a => a with { Sender = "sgdsn gouv" },
        ["sender with a comma"] = a => a with { Sender = "sgdsn,gouv" },
        ["sender with &"] = a => a with { Sender = "sgdsn&gouv" },
        ["sent with milliseconds"] = a => a with { Sent = a.Sent.AddMilliseconds(123) },
        ["effective with milliseconds"] = a => WithInfo(a, i => i with { Effective = a.Sent.AddTicks(1) }),
        ["onset with milliseconds"] = a => WithInfo(a, i => i with { Onset = a.Sent.AddMilliseconds(1) }),
        ["expires with milliseconds"] = a => WithInfo(a, i => i with { Expires = a.Sent.AddMilliseconds(500) }),
        ["reference sent with milliseconds"] = a => CapExamples.Update(CapExamples.Reference() with { Sent = a.Sent.AddMilliseconds(1) }),
        ["update without references"] = a => a with { MsgType = CapMsgType.Update },
        ["cancel without references"] = a => a with { MsgType = CapMsgType.Cancel },
        ["exercise cancel without references"] = a => a with { MsgType = CapMsgType.Cancel, Status = CapStatus.Exercise, Note = "PIRATE-2024" },
        ["ack without references"] = a => a with { MsgType = CapMsgType.Ack },
        ["error without references"] = a => a with { MsgType = CapMsgType.Error, Note = "Bad polygon" },
        ["reference identifier with a space"] = a => CapExamples.Update(CapExamples.Reference() with { Identifier = "a b" }),
        ["reference sender with a comma"] = a => CapExamples.Update(CapExamples.Reference() with { Sender = "a,b" }),
        ["restricted without restriction"] = a => a with { Scope = CapScope.Restricted },
        ["private without addresses"] = a => a with { Scope = CapScope.Private },
        ["empty code"] = a => a with { Codes = [" "] },
        ["control character in note"] = a => a with { Note = "bell\u0007" },
        ["lone surrogate in description"] = a => WithInfo(a, i => i with { Description = "broken \ud800 text" }),
        ["bad language tag"] = a => WithInfo(a, i => i with { Language = "fr_FR" }),
        ["no category"] = a => WithInfo(a, i => i with { Categories = [] }),
        ["empty event"] = a => WithInfo(a, i => i with { Event = " " }),
        ["relative web link"] = a => WithInfo(a, i => i with { Web = "/vigipirate" }),
        ["event code without valueName"] = a => WithInfo(a, i => i with { EventCodes = [new CapValuePair("", "x")] }),
        ["resource without mimeType"] = a => WithInfo(a, i => i with { Resources = [new CapResource { ResourceDesc = "map", MimeType = "" }] }),
        ["empty areaDesc"] = a => WithArea(a, r => r with { AreaDesc = "" }),
        ["geocode without valueName"] = a => WithArea(a, r => r with { Geocodes = [new CapValuePair(" ", "FRA")] }),
        ["polygon not closed"] = a => WithArea(a, r => r with { Polygons = ["48.0,2.0 48.0,3.0 49.0,3.0 49.0,2.0"] }),
        ["polygon closed on a different pair"] = a => WithArea(a, r => r with { Polygons = ["48.0,2.0 48.0,3.0 49.0,3.0 48.0,2.1"] }),
        ["polygon of 3 pairs"] = a => WithArea(a, r => r with { Polygons = ["48.0,2.0 48.0,3.0 48.0,2.0"] }),
        ["empty polygon"] = a => WithArea(a, r => r with { Polygons = [""] }),
        ["polygon of 101 pairs"] = a => WithArea(a, r => r with { Polygons = [CapExamples.Ring(101)] }),
        ["polygon latitude 91"] = a => WithArea(a, r => r with { Polygons = ["91,2 48,3 49,3 91,2"] }),
        ["polygon longitude -181"] = a => WithArea(a, r => r with { Polygons = ["48,-181 48,3 49,3 48,-181"] }),
        ["polygon pair without comma"] = a => WithArea(a, r => r with { Polygons = ["48.0 2.0 48.0,3.0 49.0,3.0 48.0 2.0"] }),
        ["polygon pair with exponent"] = a => WithArea(a, r => r with { Polygons = ["4.8e1,2 48,3 49,3 4.8e1,2"] }),
        ["polygon with semicolons"] = a => WithArea(a, r => r with { Polygons = ["48,2;48,3;49,3;48,2"] }),
        ["circle without radius"] = a => WithArea(a, r => r with { Circles = ["48.85,2.35"] }),
        ["circle with negative radius"] = a => WithArea(a, r => r with { Circles = ["48.85,2.35 -1"] }),
        ["circle centre out of range"] = a => WithArea(a, r => r with { Circles = ["48.85,200 10"] }),
        ["ceiling without altitude"] = a => WithArea(a, r => r with { Ceiling = 1000m }),
    };

    [Theory]
    [InlineData("empty identifier", "cap-required")]
    [InlineData("identifier with a space", "cap-identifier-format")]
    [InlineData("identifier with a comma", "cap-identifier-format")]
    [InlineData("identifier with <", "cap-identifier-format")]
    [InlineData("identifier with &", "cap-identifier-format")]
    [InlineData("identifier with a tab", "cap-identifier-format")]
    [InlineData("empty sender", "cap-required")]
    [InlineData("sender with a space", "cap-sender-format")]
    [InlineData("sender with a comma", "cap-sender-format")]
    [InlineData("sender with &", "cap-sender-format")]
    [InlineData("sent with milliseconds", "cap-time-fraction")]
    [InlineData("effective with milliseconds", "cap-time-fraction")]
    [InlineData("onset with milliseconds", "cap-time-fraction")]
    [InlineData("expires with milliseconds", "cap-time-fraction")]
    [InlineData("reference sent with milliseconds", "cap-time-fraction")]
    [InlineData("update without references", "cap-references-required")]
    [InlineData("cancel without references", "cap-references-required")]
    [InlineData("exercise cancel without references", "cap-references-required")]
    [InlineData("ack without references", "cap-references-required")]
    [InlineData("error without references", "cap-references-required")]
    [InlineData("reference identifier with a space", "cap-reference-format")]
    [InlineData("reference sender with a comma", "cap-reference-format")]
    [InlineData("restricted without restriction", "cap-restriction-required")]
    [InlineData("private without addresses", "cap-addresses-required")]
    [InlineData("empty code", "cap-required")]
    [InlineData("control character in note", "cap-invalid-character")]
    [InlineData("lone surrogate in description", "cap-invalid-character")]
    [InlineData("bad language tag", "cap-language-format")]
    [InlineData("no category", "cap-required")]
    [InlineData("empty event", "cap-required")]
    [InlineData("relative web link", "cap-web-not-absolute")]
    [InlineData("event code without valueName", "cap-required")]
    [InlineData("resource without mimeType", "cap-required")]
    [InlineData("empty areaDesc", "cap-required")]
    [InlineData("geocode without valueName", "cap-required")]
    [InlineData("polygon not closed", "cap-polygon-not-closed")]
    [InlineData("polygon closed on a different pair", "cap-polygon-not-closed")]
    [InlineData("polygon of 3 pairs", "cap-polygon-too-few-points")]
    [InlineData("empty polygon", "cap-polygon-too-few-points")]
    [InlineData("polygon of 101 pairs", "cap-polygon-too-many-points")]
    [InlineData("polygon latitude 91", "cap-coordinate-range")]
    [InlineData("polygon longitude -181", "cap-coordinate-range")]
    [InlineData("polygon pair without comma", "cap-polygon-format")]
    [InlineData("polygon pair with exponent", "cap-polygon-format")]
    [InlineData("polygon with semicolons", "cap-polygon-format")]
    [InlineData("circle without radius", "cap-circle-format")]
    [InlineData("circle with negative radius", "cap-circle-format")]
    [InlineData("circle centre out of range", "cap-coordinate-range")]
    [InlineData("ceiling without altitude", "cap-ceiling-without-altitude")]
    public void Each_broken_rule_is_reported_and_the_writer_refuses_the_message(string breaker, string rule)
    {
        var alert = Breakers[breaker](CapExamples.UrgenceAttentat());

        var errors = CapValidator.Validate(alert).Where(i => i.Severity == ValidationSeverity.Error).Select(i => i.Rule).ToList();
        var written = CapWriter.Write(alert);

        Assert.Equal($"{rule} => cap-invalid", $"{string.Join(" ", errors.Distinct())} => {written.Error?.Code}");
    }

    [Fact]
    public void Every_breaker_has_a_row()
    {
        var rows = typeof(CapValidatorTests).GetMethod(nameof(Each_broken_rule_is_reported_and_the_writer_refuses_the_message))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().Select(d => (string)d.Data[0]!);

        Assert.Equal(Breakers.Keys.Order(), rows.Order());
    }

    [Fact]
    public void The_example_alert_has_no_issue_at_all()
    {
        var issues = CapValidator.Validate(CapExamples.UrgenceAttentat());

        Assert.Empty(issues);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(100)]
    public void Polygons_of_4_to_100_pairs_are_accepted(int pairs)
    {
        var alert = WithArea(CapExamples.UrgenceAttentat(), r => r with { Polygons = [CapExamples.Ring(pairs)] });

        Assert.Empty(CapValidator.Validate(alert));
    }

    [Fact]
    public void A_ring_closed_with_differently_written_but_equal_numbers_is_closed()
    {
        var alert = WithArea(CapExamples.UrgenceAttentat(), r => r with { Polygons = ["48.0,2 48,3 49,3\n48,2.00"] });

        Assert.Empty(CapValidator.Validate(alert));
    }

    [Fact]
    public void The_errors_of_one_message_are_all_reported_with_their_paths()
    {
        var alert = CapExamples.UrgenceAttentat("a b") with { Sender = "x,y" };
        alert = WithArea(alert, r => r with { Polygons = ["48,2 48,3 49,3 49,2"] });

        var paths = CapValidator.Validate(alert).Select(i => $"{i.Path} {i.Rule}");

        Assert.Equal(
            ["/alert/identifier cap-identifier-format", "/alert/sender cap-sender-format",
             "/alert/info[1]/area[1]/polygon[1] cap-polygon-not-closed", "/alert/info[2]/area[1]/polygon[1] cap-polygon-not-closed"],
            paths);
    }

    [Theory]
    [InlineData(CapStatus.Exercise, CapMsgType.Alert, "cap-exercise-note")]
    [InlineData(CapStatus.Actual, CapMsgType.Error, "cap-error-note")]
    public void A_missing_note_where_CAP_says_SHOULD_is_a_warning_and_the_message_is_still_written(CapStatus status, CapMsgType msgType, string rule)
    {
        var alert = CapExamples.UrgenceAttentat() with { Status = status, MsgType = msgType, References = msgType == CapMsgType.Alert ? [] : [CapExamples.Reference()] };

        var issues = CapValidator.Validate(alert);

        Assert.Equal((ValidationSeverity.Warning, rule, true), (issues.Single().Severity, issues.Single().Rule, CapWriter.Write(alert).IsSuccess));
    }

    private static CapAlert WithInfo(CapAlert alert, Func<CapInfo, CapInfo> change) =>
        alert with { Infos = [change(alert.Infos[0])] };

    private static CapAlert WithArea(CapAlert alert, Func<CapArea, CapArea> change) =>
        alert with { Infos = alert.Infos.Select(i => i with { Areas = [change(i.Areas[0])] }).ToList() };
}
