using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Workflows;

namespace OnboardingBpm.Integrations.Tests.Email;

/// <summary>The engine with the integrations as a host wires them, on in-memory stores and a fake clock.</summary>
internal static class EmailServices
{
    public static ServiceProvider Build(FakeTimeProvider clock, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowEngine(registry => registry.AddIntegrationActivities());
        services.AddIntegrations(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());
        services.Configure<EmailOptions>(options => options.TemplatesDirectory = RepositoryTemplates.Directory);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
