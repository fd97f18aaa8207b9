using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Server.Tests.Hosting;

/// <summary>A shutdown, claim or scheduler setting that cannot work stops the server at startup, not at its first SIGTERM or pass.</summary>
public sealed class ShutdownSettingsTests
{
    [Theory]
    [InlineData("Workflows:ShutdownTimeout", "-00:00:01", "Workflows:ShutdownTimeout")]
    [InlineData("Workflows:TimerClaimDuration", "00:00:00", "Workflows:TimerClaimDuration")]
    [InlineData("Workflows:SchedulerParallelism", "0", "Workflows:SchedulerParallelism")]
    [InlineData("Workflows:SchedulerParallelism", "17", "Workflows:SchedulerParallelism")]
    public async Task a_server_refuses_to_start_with_an_unusable_setting_and_names_it(string key, string value, string named)
    {
        await using var factory = new ConfiguredServerFactory(key, value);

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_scheduler_parallelism_set_in_configuration_reaches_the_engine()
    {
        await using var factory = new ConfiguredServerFactory("Workflows:SchedulerParallelism", "7");

        Assert.Equal(7, factory.Services.GetRequiredService<EngineOptions>().SchedulerParallelism);
    }

    private sealed class ConfiguredServerFactory(string key, string value) : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
        }
    }
}
