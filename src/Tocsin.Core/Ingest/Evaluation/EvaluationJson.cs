using System.Text.Json;

namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Writes an <see cref="EvaluationResult"/> as one JSON document for machines (<c>tocsin ingest eval
/// --format json</c>): <c>reports</c>, <c>fields</c> (one per field, then <c>micro</c>), <c>calibration</c>,
/// <c>failures</c> and <c>misses</c>.</summary>
public static class EvaluationJson
{
    /// <summary>The document, indented, to <paramref name="stream"/>.</summary>
    public static void Write(EvaluationResult result, string set, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("set", set);
        w.WriteNumber("reports", result.Cases);
        w.WriteStartArray("fields");
        foreach (var score in result.Scores)
        {
            Field(w, score);
        }

        w.WriteEndArray();
        w.WritePropertyName("micro");
        Field(w, result.Micro);
        Calibration(w, result.Calibration);
        w.WriteStartArray("failures");
        foreach (var failure in result.Failures)
        {
            w.WriteStringValue(failure);
        }

        w.WriteEndArray();
        w.WriteStartArray("misses");
        foreach (var miss in result.Misses)
        {
            w.WriteStartObject();
            w.WriteString("report", miss.CaseId);
            w.WriteString("field", miss.Field);
            w.WriteString("value", miss.Value);
            w.WriteString("kind", miss.Missing ? "missed" : "wrong");
            if (miss.Confidence is { } confidence)
            {
                w.WriteNumber("confidence", confidence);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter w, FieldScore s)
    {
        w.WriteStartObject();
        w.WriteString("field", s.Field);
        w.WriteNumber("tp", s.TruePositives);
        w.WriteNumber("fp", s.FalsePositives);
        w.WriteNumber("fn", s.FalseNegatives);
        w.WriteNumber("precision", Math.Round(s.Precision, 4));
        w.WriteNumber("recall", Math.Round(s.Recall, 4));
        w.WriteNumber("f1", Math.Round(s.F1, 4));
        w.WriteEndObject();
    }

    private static void Calibration(Utf8JsonWriter w, CalibrationScore c)
    {
        w.WriteStartObject("calibration");
        w.WriteNumber("items", c.Items);
        w.WriteNumber("ece", Math.Round(c.ExpectedCalibrationError, 4));
        w.WriteNumber("brier", Math.Round(c.BrierScore, 4));
        w.WriteNumber("high_confidence_items", c.HighConfidenceItems);
        w.WriteNumber("high_confidence_right", c.HighConfidenceRight);
        w.WriteNumber("high_confidence_share_right", Math.Round(c.HighConfidenceShareRight, 4));
        w.WriteStartArray("bins");
        foreach (var bin in c.Bins)
        {
            w.WriteStartObject();
            w.WriteNumber("lower", bin.Lower);
            w.WriteNumber("upper", bin.Upper);
            w.WriteNumber("items", bin.Items);
            w.WriteNumber("mean_confidence", Math.Round(bin.MeanConfidence, 4));
            w.WriteNumber("accuracy", Math.Round(bin.Accuracy, 4));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
