using Microsoft.AspNetCore.Authorization;
using OnboardingBpm.Onboarding.Access;

namespace OnboardingBpm.Server.Security;

/// <summary>
/// Who may call what. Every endpoint names one of these (or is explicitly anonymous); the fallback policy refuses
/// any endpoint that forgot to, so a new endpoint is closed until someone decides who may use it.
/// </summary>
public static class Policies
{
    /// <summary>Edit, validate, import, publish and retract definitions.</summary>
    public const string DesignWorkflows = nameof(DesignWorkflows);

    /// <summary>Read definitions, versions, activity descriptors.</summary>
    public const string ReadWorkflows = nameof(ReadWorkflows);

    /// <summary>Read instances and their journals (they hold customer data of every segment).</summary>
    public const string ReadInstances = nameof(ReadInstances);

    /// <summary>Start, cancel, resume, publish events, call HTTP triggers: operators and machine clients.</summary>
    public const string OperateWorkflows = nameof(OperateWorkflows);

    /// <summary>Incidents, retries, integrations, the mail outbox, the sync log.</summary>
    public const string OperatePlatform = nameof(OperatePlatform);

    /// <summary>Anyone with a role; what they see is filtered by their grant (alerts by audience, tasks by segment).</summary>
    public const string AnyRole = nameof(AnyRole);

    /// <summary>
    /// Cases, customers, escalations, support tickets: agents, supervisors and admins; rows are scoped to the caller's segments.
    /// Platform engineers, process owners and product managers do their work without customer contacts.
    /// </summary>
    public const string ReadCases = nameof(ReadCases);

    /// <summary>
    /// KPIs (current period and history): supervisors, product managers and admins see every segment and "all";
    /// agents only the segments assigned to them (not "all", an aggregate of segments they may not see).
    /// </summary>
    public const string ReadKpis = nameof(ReadKpis);

    /// <summary>The roles of <see cref="ReadKpis"/>; the live KPI pushes go to the same people.</summary>
    public static readonly IReadOnlyList<string> KpiReaderRoles = [Roles.Agent, Roles.Supervisor, Roles.ProductManager, Roles.Admin];

    /// <summary>Publish knowledge-base versions: supervisors own the support guidance, admins stand in.</summary>
    public const string PublishKnowledge = nameof(PublishKnowledge);

    /// <summary>The audit log and customers' data requests (export, erasure).</summary>
    public const string Administer = nameof(Administer);

    public static void Add(AuthorizationOptions options, AuthenticationSettings settings)
    {
        options.AddPolicy(DesignWorkflows, p => p.RequireRole(Roles.ProcessOwner, Roles.Admin));
        options.AddPolicy(ReadWorkflows, p => p.RequireRole(Roles.ProcessOwner, Roles.Supervisor, Roles.PlatformEngineer, Roles.Admin));
        options.AddPolicy(ReadInstances, p => p.RequireRole(Roles.ProcessOwner, Roles.Supervisor, Roles.PlatformEngineer, Roles.Admin));
        options.AddPolicy(OperateWorkflows, p => p.RequireAssertion(c =>
            c.User.IsInRole(Roles.ProcessOwner) || c.User.IsInRole(Roles.Supervisor) || c.User.IsInRole(Roles.PlatformEngineer)
            || c.User.IsInRole(Roles.Admin) || MachineClient.HasScope(c.User, settings.WorkflowScope)));
        options.AddPolicy(OperatePlatform, p => p.RequireRole(Roles.PlatformEngineer, Roles.Admin));
        options.AddPolicy(AnyRole, p => p.RequireAssertion(c => Roles.All.Any(c.User.IsInRole)));
        options.AddPolicy(ReadCases, p => p.RequireRole(Roles.Agent, Roles.Supervisor, Roles.Admin));
        options.AddPolicy(ReadKpis, p => p.RequireRole(KpiReaderRoles));
        options.AddPolicy(PublishKnowledge, p => p.RequireRole(Roles.Supervisor, Roles.Admin));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build();
    }
}
