using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Integrations;

public static class IntegrationEndpoints
{
    public static void MapIntegrations(this IEndpointRouteBuilder app)
    {
        var mail = app.MapGroup("/api/mail").WithTags("Mail outbox").RequireAuthorization(Policies.OperatePlatform);
        mail.MapGet("/", ListMail.HandleAsync).WithName("ListMail");
        mail.MapGet("/{mailId}", GetMail.HandleAsync).WithName("GetMail");
        mail.MapGet("/{mailId}/attachments/{index:int}", GetMail.AttachmentAsync).WithName("GetMailAttachment");

        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Policies.AnyRole);
        alerts.MapGet("/", ListAlerts.HandleAsync).WithName("ListAlerts");
        alerts.MapPost("/{alertId}/acknowledge", ListAlerts.AcknowledgeAsync).WithName("AcknowledgeAlert");

        var integrations = app.MapGroup("/api/integrations").WithTags("Integrations").RequireAuthorization(Policies.OperatePlatform);
        integrations.MapGet("/", IntegrationStatus.Handle).WithName("IntegrationStatus");
        integrations.MapGet("/simulators", IntegrationStatus.Simulators).WithName("ListSimulators");

        var runs = app.MapGroup("/api/integration-runs").WithTags("Integrations").RequireAuthorization(Policies.OperatePlatform);
        runs.MapGet("/", ListIntegrationRuns.HandleAsync).WithName("ListIntegrationRuns");
    }
}
