using OnboardingBpm.Integrations;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Persistence;
using Microsoft.Extensions.Options;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Server.Hosting;

public static class WorkflowHostingExtensions
{
    /// <summary>The engine with the integration activities, its scheduler loop and the import of workflows/ at startup.</summary>
    public static WebApplicationBuilder AddWorkflowHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkflowHostOptions>().Bind(builder.Configuration.GetSection(WorkflowHostOptions.Section))
            .Validate(o => o.ShutdownTimeout >= TimeSpan.Zero, "Workflows:ShutdownTimeout must not be negative.")
            .Validate(o => o.TimerClaimDuration > TimeSpan.Zero && o.OutboxLeaseDuration > TimeSpan.Zero, "Workflows:TimerClaimDuration and Workflows:OutboxLeaseDuration must be positive.")
            .Validate(o => o.SchedulerParallelism is >= 1 and <= WorkflowHostOptions.MaxSchedulerParallelism,
                $"Workflows:SchedulerParallelism must be between 1 and {WorkflowHostOptions.MaxSchedulerParallelism}.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<WorkflowHostOptions>>().Value.Engine());

        // The host's own deadline must leave room for the drain and the hand-back after it.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<WorkflowHostOptions>>((host, workflows) =>
            host.ShutdownTimeout = workflows.Value.ShutdownTimeout + SchedulerService.HandBackTimeout + TimeSpan.FromSeconds(5));
        var persistence = builder.Configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        builder.Services.AddWorkflowPersistence(persistence);
        builder.Services.AddWorkflowEngine(activities => activities.AddIntegrationActivities().AddOnboardingActivities());
        builder.Services.AddIntegrations(builder.Configuration);
        builder.Services.AddOnboarding(builder.Configuration);
        builder.Services.AddKpis(builder.Configuration);

        // Hosted services start in this order: the schema first, then the definitions, then the scheduler.
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<WorkflowFileImporter>();
        builder.Services.AddHostedService<SchedulerService>();
        return builder;
    }
}

/// <summary>The <c>Workflows</c> section of appsettings.json.</summary>
public sealed class WorkflowHostOptions
{
    public const string Section = "Workflows";

    /// <summary>The folder of definition files published at startup; relative paths are read from the binaries' folder.</summary>
    public string Directory { get; set; } = "workflows";

    /// <summary>How often the scheduler looks for due timers, cron triggers and pending outbox messages.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool ImportOnStartup { get; set; } = true;

    /// <summary>
    /// On SIGTERM, how long the bursts in flight may take to finish before they are cut off (their stimuli are handed
    /// back and run again on another node). New work stops being claimed at once.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a scheduler's claim on due timers keeps the other nodes off them (a dead node's claims expire after it).</summary>
    public TimeSpan TimerClaimDuration { get; set; } = new EngineOptions().TimerClaimDuration;

    /// <summary>How long a dispatcher's lease on an outbox message keeps the other nodes off it.</summary>
    public TimeSpan OutboxLeaseDuration { get; set; } = new EngineOptions().OutboxLeaseDuration;

    /// <summary>
    /// The most timer bursts one node runs at once. Each holds at most one database connection at a time, so this
    /// bound leaves most of PostgreSQL's default pool (30 connections here) to the requests.
    /// </summary>
    public const int MaxSchedulerParallelism = 16;

    /// <summary>How many instances' due timers the scheduler fires at once (1: one after another).</summary>
    public int SchedulerParallelism { get; set; } = new EngineOptions().SchedulerParallelism;

    public EngineOptions Engine() => new()
    {
        TimerClaimDuration = TimerClaimDuration,
        OutboxLeaseDuration = OutboxLeaseDuration,
        SchedulerParallelism = SchedulerParallelism,
    };
}
