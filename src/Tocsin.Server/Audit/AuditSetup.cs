using Tocsin.Server.Auth;
using Tocsin.Storage.Audit;

namespace Tocsin.Server.Audit;

/// <summary>Registers audit checkpoints and records who makes each request's writes.</summary>
public static class AuditSetup
{
    /// <summary>Adds the checkpoint writer; it signs with the <c>Func&lt;byte[], string&gt;</c> registered in DI, if any.</summary>
    public static IServiceCollection AddTocsinAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<AuditCheckpointWriter>();
        return services;
    }

    /// <summary>Makes the authenticated principal's id the audit actor of the writes of each request
    /// (anonymous requests write as <c>system</c>). Goes after authentication.</summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.PrincipalId() is not { } principal)
        {
            await next(context);
            return;
        }

        using (AuditActor.Use(principal.ToString("D")))
        {
            await next(context);
        }
    });
}
