using Tocsin.Core;

namespace Tocsin.Server.Web.Admin;

/// <summary>Which field of the user forms a refusal of user administration belongs beside.</summary>
public static class UserFormErrors
{
    /// <summary>The form field (<c>Name</c>, <c>Roles</c>, <c>Password</c>, <c>ExpiresIn</c>) <paramref name="error"/> is about, or
    /// null for a refusal of the whole form.</summary>
    public static string? FieldOf(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "principal-name-invalid" or "principal-name-taken" => "Name",
            "unknown-role" or "user-roles-required" or "last-admin" => "Roles",
            "password-too-short" or "password-too-long" or "password-too-common" => "Password",
            "api-key-expiry-invalid" => "ExpiresIn",
            _ => null,
        };
    }
}
