namespace Tocsin.Server.Api.Contract;

/// <summary>Marks a member of a request body that the server cannot do without. The one source of truth for
/// both sides: <see cref="RequestBodySchemas"/> lists exactly these members as <c>required</c> in the OpenAPI
/// schema, and <see cref="RequiredFieldsFilter"/> refuses a body where one is absent or null with a 422
/// problem naming it (code <c>{field}-required</c>, e.g. <c>effective-at-required</c>).</summary>
/// <remarks>Put it on the positional parameter of a request record. Rules on a present value (an empty list, an
/// unknown level) stay with the endpoint's own checks.</remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class RequiredFieldAttribute : Attribute;
