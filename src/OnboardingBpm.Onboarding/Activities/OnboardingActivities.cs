using OnboardingBpm.Workflows.Activities;

namespace OnboardingBpm.Onboarding.Activities;

public static class OnboardingActivities
{
    public const string Category = "Onboarding";

    /// <summary>Who the timeline names for entries written by a process step.</summary>
    public const string Actor = "workflow";

    /// <summary>Registers the onboarding domain's activities in the engine's palette.</summary>
    public static ActivityRegistry AddOnboardingActivities(this ActivityRegistry registry) => registry
        .Register<OpenOnboardingCase>()
        .Register<UpdateOnboardingCase>()
        .Register<EscalateCase>()
        .Register<ResolveOnboardingCase>()
        .Register<RaiseAlert>()
        .Register<AssessCaseHealth>()
        .Register<CreateSurveyInvitation>()
        .Register<SendSurveyReminder>()
        .Register<ProduceKpiReport>()
        .Register<OpenTicket>()
        .Register<UpdateTicket>()
        .Register<ResolveTicket>()
        .Register<ReopenTicket>()
        .Register<EscalateTicket>();
}
