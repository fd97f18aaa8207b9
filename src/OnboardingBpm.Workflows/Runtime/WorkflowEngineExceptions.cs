using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>The base of the errors the engine reports to callers; hosts map them to HTTP answers.</summary>
public abstract class WorkflowEngineException(string message) : Exception(message);

/// <summary>The definition, version, instance, bookmark, task or incident does not exist.</summary>
public sealed class WorkflowNotFoundException(string message) : WorkflowEngineException(message);

/// <summary>The request conflicts with the current state (task claimed by someone else, instance ended).</summary>
public class WorkflowConflictException(string message) : WorkflowEngineException(message);

/// <summary>Another process holds the instance's lease longer than a caller may wait.</summary>
public sealed class InstanceBusyException(string instanceId)
    : WorkflowConflictException($"Instance {instanceId} is busy on another server; try again.")
{
    public string InstanceId { get; } = instanceId;
}

/// <summary>The request is invalid; <see cref="Problems"/> names each field at fault.</summary>
public sealed class WorkflowValidationException(string message, IReadOnlyList<ValidationProblem> problems) : WorkflowEngineException(message)
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
