namespace Tocsin.Server.Tests.Access;

/// <summary>The JSON API's state changes tried by <see cref="ApiWriteMatrixTests"/>.</summary>
public enum ApiWritePath
{
    ProposeDecision,
    ApproveDecision,
    RejectDecision,
    ProposeCancellation,
    CreateTearline,
    CreateDraft,
    AddSubscriber,
    AddPartner,
    PromoteContribution,
}
