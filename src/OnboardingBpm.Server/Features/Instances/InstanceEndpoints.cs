using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Instances;

public static class InstanceEndpoints
{
    public static void MapWorkflowInstances(this IEndpointRouteBuilder app)
    {
        var instances = app.MapGroup("/api/workflow-instances").WithTags("Workflow instances");
        instances.MapPost("/", StartInstance.HandleAsync).WithName("StartInstance").RequireAuthorization(Policies.OperateWorkflows);
        instances.MapGet("/", ListInstances.HandleAsync).WithName("ListInstances").RequireAuthorization(Policies.ReadInstances);
        instances.MapGet("/{instanceId}", GetInstance.HandleAsync).WithName("GetInstance").RequireAuthorization(Policies.ReadInstances);
        instances.MapGet("/{instanceId}/journal", GetJournal.HandleAsync).WithName("GetJournal").RequireAuthorization(Policies.ReadInstances);
        instances.MapPost("/{instanceId}/cancel", CancelInstance.HandleAsync).WithName("CancelInstance").RequireAuthorization(Policies.OperateWorkflows);

        var incidents = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(Policies.OperatePlatform);
        incidents.MapGet("/", ListIncidents.HandleAsync).WithName("ListIncidents");
        incidents.MapPost("/{incidentId}/retry", RetryIncident.HandleAsync).WithName("RetryIncident");
    }
}
