using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Definitions;

public static class DefinitionEndpoints
{
    public static void MapWorkflowDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions").WithRequestBodyLimit(RequestBodies.MaxDefinitionBytes);
        group.MapGet("/", ListDefinitions.HandleAsync).WithName("ListDefinitions").RequireAuthorization(Policies.ReadWorkflows);
        group.MapGet("/{definitionId}", GetDefinition.HandleAsync).WithName("GetDefinition").RequireAuthorization(Policies.ReadWorkflows);
        group.MapGet("/{definitionId}/versions", ListVersions.HandleAsync).WithName("ListVersions").RequireAuthorization(Policies.ReadWorkflows);
        group.MapPost("/", SaveDraft.HandleAsync).WithName("SaveDraft").RequireAuthorization(Policies.DesignWorkflows).Accepts<object>("application/json");
        group.MapPost("/validate", ValidateDefinition.HandleAsync).WithName("ValidateDefinition").RequireAuthorization(Policies.DesignWorkflows).Accepts<object>("application/json");
        group.MapPost("/import", ImportDefinition.HandleAsync).WithName("ImportDefinition").RequireAuthorization(Policies.DesignWorkflows).Accepts<object>("application/json");
        group.MapPost("/{definitionId}/publish", PublishDraft.HandleAsync).WithName("PublishDraft").RequireAuthorization(Policies.DesignWorkflows);
        group.MapPost("/{definitionId}/versions/{version:int}/retract", RetractVersion.HandleAsync).WithName("RetractVersion").RequireAuthorization(Policies.DesignWorkflows);
        group.MapGet("/{definitionId}/export", ExportDefinition.HandleAsync).WithName("ExportDefinition").RequireAuthorization(Policies.ReadWorkflows);
    }
}
