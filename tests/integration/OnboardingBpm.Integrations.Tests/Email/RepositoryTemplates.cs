namespace OnboardingBpm.Integrations.Tests.Email;

/// <summary>The shipped templates/email folder, found from the test's output folder up to the repository root.</summary>
internal static class RepositoryTemplates
{
    public static string Directory { get; } = Find();

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
