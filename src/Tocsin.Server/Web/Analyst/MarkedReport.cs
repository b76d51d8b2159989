using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Tocsin.Server.Web.Analyst;

/// <summary>The report text with each item's words in a <c>&lt;mark&gt;</c> (<see cref="MarkedText"/>), written node by
/// node so that no markup whitespace slips into text shown with its line breaks kept. The text is always written as
/// text: whatever markup a report holds is shown, never rendered.</summary>
public sealed class MarkedReport : ComponentBase
{
    /// <summary>The runs to write.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<MarkedPiece> Pieces { get; set; } = [];

    /// <summary>The id of the heading that names the text.</summary>
    [Parameter] public string? LabelledBy { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "id", "draft-text");
        builder.AddAttribute(2, "class", "report-text");
        builder.AddAttribute(3, "aria-labelledby", LabelledBy);
        foreach (var piece in Pieces)
        {
            if (piece.Items.Count == 0)
            {
                builder.AddContent(4, piece.Text);
                continue;
            }

            builder.OpenElement(5, "mark");
            builder.AddAttribute(6, "id", piece.Anchors.Count > 0 ? piece.Anchors[0] : null);
            builder.AddAttribute(7, "data-items", string.Join(' ', piece.Items));
            foreach (var extra in piece.Anchors.Skip(1))
            {
                // Several spans start here: each keeps an anchor its item can link to.
                builder.OpenElement(8, "span");
                builder.AddAttribute(9, "id", extra);
                builder.CloseElement();
            }

            builder.AddContent(10, piece.Text);
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
