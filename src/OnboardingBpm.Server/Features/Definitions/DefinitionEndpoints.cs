namespace OnboardingBpm.Server.Features.Definitions;

public static class DefinitionEndpoints
{
    public static void MapWorkflowDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        group.MapGet("/", ListDefinitions.HandleAsync).WithName("ListDefinitions");
        group.MapGet("/{definitionId}", GetDefinition.HandleAsync).WithName("GetDefinition");
        group.MapGet("/{definitionId}/versions", ListVersions.HandleAsync).WithName("ListVersions");
        group.MapPost("/", SaveDraft.HandleAsync).WithName("SaveDraft").Accepts<object>("application/json");
        group.MapPost("/validate", ValidateDefinition.HandleAsync).WithName("ValidateDefinition").Accepts<object>("application/json");
        group.MapPost("/import", ImportDefinition.HandleAsync).WithName("ImportDefinition").Accepts<object>("application/json");
        group.MapPost("/{definitionId}/publish", PublishDraft.HandleAsync).WithName("PublishDraft");
        group.MapPost("/{definitionId}/versions/{version:int}/retract", RetractVersion.HandleAsync).WithName("RetractVersion");
        group.MapGet("/{definitionId}/export", ExportDefinition.HandleAsync).WithName("ExportDefinition");
    }
}
