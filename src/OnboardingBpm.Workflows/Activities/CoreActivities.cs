using OnboardingBpm.Workflows.Activities.Composition;
using OnboardingBpm.Workflows.Activities.ControlFlow;
using OnboardingBpm.Workflows.Activities.Events;
using OnboardingBpm.Workflows.Activities.Http;
using OnboardingBpm.Workflows.Activities.HumanTasks;
using OnboardingBpm.Workflows.Activities.Timing;

namespace OnboardingBpm.Workflows.Activities;

/// <summary>The activity library every engine has.</summary>
public static class CoreActivities
{
    public static ActivityRegistry Register(ActivityRegistry registry) => registry
        .Register<Start>()
        .Register<Finish>()
        .Register<Decision>()
        .Register<Switch>()
        .Register<Fork>()
        .Register<Join>()
        .Register<SetVariable>()
        .Register<Log>()
        .Register<Script>()
        .Register<Fault>()
        .Register<Delay>()
        .Register<Timing.Timer>()
        .Register<Cron>()
        .Register<Event>()
        .Register<PublishEvent>()
        .Register<HttpEndpoint>()
        .Register<HttpResponse>()
        .Register<UserTask>()
        .Register<RunWorkflow>()
        .Register<DispatchWorkflow>();
}
