using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Privacy;

namespace OnboardingBpm.Onboarding.Tests.Privacy;

public sealed class PrivacyKeyConfigurationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "obpm-privacy-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void a_short_key_stops_startup_with_the_setting_to_fix()
    {
        var services = Services(Environments.Production, new()
        {
            ["Privacy:Keys:0:Id"] = "k1",
            ["Privacy:Keys:0:Key"] = TestKeys.NewKey(16),
            ["Privacy:ActiveKeyId"] = "k1",
            ["Privacy:BlindIndexKey"] = TestKeys.NewKey(),
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Privacy:Keys:0:Key ('k1') is 16 bytes", error.Message);
    }

    [Fact]
    public void outside_development_no_keys_stops_startup_and_nothing_is_generated()
    {
        var services = Services(Environments.Production, []);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Privacy:Keys is empty", error.Message);
        Assert.Contains("Privacy:BlindIndexKey is missing", error.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void an_active_key_id_that_names_no_key_is_refused()
    {
        var errors = PrivacyKeyRing.Validate(TestKeys.Options("k2", TestKeys.NewKey(), ("k1", TestKeys.NewKey()), ("k1", TestKeys.NewKey())));

        Assert.Contains(errors, e => e.Contains("ActiveKeyId ('k2')"));
        Assert.Contains(errors, e => e.Contains("names 'k1' more than once"));
    }

    [Fact]
    public void in_development_without_keys_they_are_generated_once_into_the_data_folder_and_reused()
    {
        var first = Services(Environments.Development, []);
        var logger = (ListLogger)first.GetRequiredService<ILoggerFactory>();
        first.GetRequiredService<IStartupValidator>().Validate();
        var stored = first.GetRequiredService<IPersonalDataProtector>().Protect("Dana Scully");
        var second = Services(Environments.Development, []);

        Assert.Equal("Dana Scully", second.GetRequiredService<IPersonalDataProtector>().Unprotect(stored));
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Contains(logger.Warnings, w => w.Contains("generated into") && w.Contains(file));
        Assert.DoesNotContain(logger.Warnings, w => w.Contains(first.GetRequiredService<IOptions<PrivacyOptions>>().Value.Keys[0].Key));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void in_development_configured_keys_win_and_no_file_is_written()
    {
        var key = TestKeys.NewKey();
        var services = Services(Environments.Development, new()
        {
            ["Privacy:Keys:0:Id"] = "k1",
            ["Privacy:Keys:0:Key"] = key,
            ["Privacy:ActiveKeyId"] = "k1",
            ["Privacy:BlindIndexKey"] = TestKeys.NewKey(),
        });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(key, services.GetRequiredService<IOptions<PrivacyOptions>>().Value.Keys[0].Key);
        Assert.False(Directory.Exists(folder));
    }

    private ServiceProvider Services(string environment, Dictionary<string, string?> settings)
    {
        settings["Privacy:DevelopmentKeyFile"] = Path.Combine(folder, "privacy-keys.json");
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(new ListLogger());
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        services.AddOnboarding(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private sealed class ListLogger : ILoggerFactory, ILogger
    {
        public List<string> Warnings { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
