using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Email.Templates;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

/// <summary>The shipped templates/email folder, found from the test's output folder up to the repository root.</summary>
internal static class RepositoryTemplates
{
    public static string Directory { get; } = Find();

    public static MailTemplates Templates(string? folder = null) =>
        new(new StaticOptions<EmailOptions>(new EmailOptions { TemplatesDirectory = folder ?? Directory }));

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "templates", "email");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No templates/email above {AppContext.BaseDirectory}");
    }
}

internal sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
