namespace Tocsin.Server.Web.Decisions;

/// <summary>What the decision page's one form posts: the button pressed, a reason, and the exercise confirmation.</summary>
public sealed class DecisionActionForm
{
    /// <summary><c>approve</c>, <c>reject</c>, <c>withdraw</c>, <c>cancel</c>, <c>cancel-approve</c>, <c>cancel-reject</c> or <c>cancel-withdraw</c>.</summary>
    public string? Action { get; set; }

    /// <summary>The reason, for a rejection or a cancellation.</summary>
    public string? Reason { get; set; }

    /// <summary>The approver confirmed, by its name, that the decision is an exercise.</summary>
    public bool ConfirmExercise { get; set; }
}
