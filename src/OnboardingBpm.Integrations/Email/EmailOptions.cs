namespace OnboardingBpm.Integrations.Email;

/// <summary>The <c>Integrations:Email</c> section. With no SMTP host (the embedded default) mail goes to the local outbox.</summary>
public sealed class EmailOptions
{
    public const string Section = "Integrations:Email";

    /// <summary>Empty keeps every mail in the local outbox instead of sending it.</summary>
    public string SmtpHost { get; set; } = "";

    public int SmtpPort { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "OnboardingBpm <no-reply@onboardingbpm.local>";

    /// <summary>Where {name}.subject.hbs, {name}.html.hbs and {name}.txt.hbs live; relative to the application folder.</summary>
    public string TemplatesDirectory { get; set; } = "templates/email";
}
