namespace OnboardingBpm.Server.Features.Instances;

public static class InstanceEndpoints
{
    public static void MapWorkflowInstances(this IEndpointRouteBuilder app)
    {
        var instances = app.MapGroup("/api/workflow-instances").WithTags("Workflow instances");
        instances.MapPost("/", StartInstance.HandleAsync).WithName("StartInstance");
        instances.MapGet("/", ListInstances.HandleAsync).WithName("ListInstances");
        instances.MapGet("/{instanceId}", GetInstance.HandleAsync).WithName("GetInstance");
        instances.MapGet("/{instanceId}/journal", GetJournal.HandleAsync).WithName("GetJournal");
        instances.MapPost("/{instanceId}/cancel", CancelInstance.HandleAsync).WithName("CancelInstance");

        var incidents = app.MapGroup("/api/incidents").WithTags("Incidents");
        incidents.MapGet("/", ListIncidents.HandleAsync).WithName("ListIncidents");
        incidents.MapPost("/{incidentId}/retry", RetryIncident.HandleAsync).WithName("RetryIncident");
    }
}
