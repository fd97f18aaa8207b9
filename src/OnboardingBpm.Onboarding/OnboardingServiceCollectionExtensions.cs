using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;

namespace OnboardingBpm.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>
    /// The onboarding domain: stores (in-memory unless persistence registered its own first), the personal-data
    /// protector and its keys (checked at startup), and the export/erasure service.
    /// </summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<PrivacyOptions>, DevelopmentKeys>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>());
        services.TryAddSingleton<IPersonalDataProtector, AesGcmPersonalDataProtector>();

        services.TryAddSingleton<ICustomerStore, InMemoryCustomerStore>();
        services.TryAddSingleton<ICaseStore, InMemoryCaseStore>();
        services.TryAddSingleton<ITicketStore, InMemoryTicketStore>();
        services.TryAddSingleton<IEscalationStore, InMemoryEscalationStore>();
        services.TryAddSingleton<ISurveyStore, InMemorySurveyStore>();
        services.TryAddSingleton<IKnowledgeBaseStore, InMemoryKnowledgeBaseStore>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<PersonalDataRequests>();
        return services;
    }
}
