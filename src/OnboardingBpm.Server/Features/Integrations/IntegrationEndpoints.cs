namespace OnboardingBpm.Server.Features.Integrations;

public static class IntegrationEndpoints
{
    public static void MapIntegrations(this IEndpointRouteBuilder app)
    {
        var mail = app.MapGroup("/api/mail").WithTags("Mail outbox");
        mail.MapGet("/", ListMail.HandleAsync).WithName("ListMail");
        mail.MapGet("/{mailId}", GetMail.HandleAsync).WithName("GetMail");
        mail.MapGet("/{mailId}/attachments/{index:int}", GetMail.AttachmentAsync).WithName("GetMailAttachment");

        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAlerts.HandleAsync).WithName("ListAlerts");
        alerts.MapPost("/{alertId}/acknowledge", ListAlerts.AcknowledgeAsync).WithName("AcknowledgeAlert");

        var runs = app.MapGroup("/api/integration-runs").WithTags("Integrations");
        runs.MapGet("/", ListIntegrationRuns.HandleAsync).WithName("ListIntegrationRuns");
    }
}
