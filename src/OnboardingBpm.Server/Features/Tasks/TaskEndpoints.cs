using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.Tasks;

public static class TaskEndpoints
{
    public static void MapTasks(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Task inbox").RequireAuthorization(Policies.AnyRole);
        tasks.MapGet("/", ListTasks.HandleAsync).WithName("ListTasks");
        tasks.MapGet("/{taskId}", TaskActions.GetAsync).WithName("GetTask");
        tasks.MapPost("/{taskId}/claim", TaskActions.ClaimAsync).WithName("ClaimTask");
        tasks.MapPost("/{taskId}/release", TaskActions.ReleaseAsync).WithName("ReleaseTask");
        tasks.MapPost("/{taskId}/reassign", TaskActions.ReassignAsync).WithName("ReassignTask");
        tasks.MapPost("/{taskId}/complete", TaskActions.CompleteAsync).WithName("CompleteTask");
    }
}
