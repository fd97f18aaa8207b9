using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.ControlFlow;

[Activity("Log", "Control flow", "Log", Description = "Writes a line to the instance journal and the server log.")]
public sealed class Log : Activity
{
    [Input(Description = "The message; a Handlebars template can show variables.", Required = true, DefaultSyntax = ExpressionType.Template)]
    public Input<string> Message { get; set; } = default!;

    [Input(Description = "Information, Warning or Error.", DefaultJson = "\"Information\"", Options = ["Information", "Warning", "Error"])]
    public Input<LogLevel> Level { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var message = context.Get(Message);
        var level = context.Get(Level);
        context.Log(message);
        context.Services.GetService<ILoggerFactory>()?.CreateLogger("OnboardingBpm.Workflows.Log")
            .Log(level, "Workflow {InstanceId} {ActivityId}: {Message}", context.Instance.Id, Id, message);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
