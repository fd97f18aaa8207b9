using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Email.Templates;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Integrations.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The mailer (SMTP when a host is configured, else the local outbox), the file templates and the
    /// handler that sends the mails workflows queue. A host that registered its own IMailer keeps it.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.TryAddSingleton<OutboxMailer>();
        services.TryAddSingleton<SmtpMailer>();
        services.TryAddSingleton<IMailer>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptionsMonitor<EmailOptions>>().CurrentValue.SmtpHost)
            ? sp.GetRequiredService<OutboxMailer>()
            : sp.GetRequiredService<SmtpMailer>());
        services.TryAddSingleton<MailTemplates>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, SendEmailHandler>());
        return services;
    }
}
