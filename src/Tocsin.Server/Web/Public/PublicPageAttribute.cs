namespace Tocsin.Server.Web.Public;

/// <summary>Marks a page as public: <see cref="PublicPageCaching"/> gives it an ETag and a shared-cache lifetime and
/// strips anything that would make it differ between readers.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : Attribute;
