using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Hosting;

/// <summary>A shutdown or claim setting that cannot work stops the server at startup, not at its first SIGTERM.</summary>
public sealed class ShutdownSettingsTests
{
    [Theory]
    [InlineData("Workflows:ShutdownTimeout", "-00:00:01", "Workflows:ShutdownTimeout")]
    [InlineData("Workflows:TimerClaimDuration", "00:00:00", "Workflows:TimerClaimDuration")]
    public async Task a_server_refuses_to_start_with_an_unusable_setting_and_names_it(string key, string value, string named)
    {
        await using var factory = new MisconfiguredServerFactory(key, value);

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    private sealed class MisconfiguredServerFactory(string key, string value) : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
        }
    }
}
