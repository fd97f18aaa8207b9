using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Email.Templates;

namespace OnboardingBpm.Integrations.Tests.Email;

public sealed class MailTemplatesTests
{
    [Fact]
    public void values_are_escaped_in_the_html_part_only()
    {
        var rendered = Templates(RepositoryTemplates.Directory).Render("welcome", new JsonObject
        {
            ["customerName"] = "Smith & <Sons>",
            ["contactName"] = "Bo",
            ["caseId"] = "C-1",
        });

        Assert.Equal("Welcome to OnboardingBpm, Smith & <Sons>", rendered.Subject);
        Assert.Contains("for Smith &amp; &lt;Sons&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("for Smith & <Sons>", rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("welcome")]
    [InlineData("escalation")]
    [InlineData("survey-invitation")]
    [InlineData("kpi-report")]
    [InlineData("integration-alert")]
    [InlineData("training-invitation")]
    public void every_shipped_template_has_a_subject_an_html_and_a_text_part(string name)
    {
        var rendered = Templates(RepositoryTemplates.Directory).Render(name, new JsonObject
        {
            ["caseId"] = "C-9",
            ["period"] = "2026-W02",
            ["vendor"] = "Salesforce",
            ["title"] = "Product training",
            ["kpis"] = new JsonArray(new JsonObject { ["name"] = "CSAT", ["value"] = 4.6, ["target"] = 4.5, ["status"] = "on target" }),
        });

        Assert.False(string.IsNullOrWhiteSpace(rendered.Subject));
        Assert.DoesNotContain('\n', rendered.Subject);
        Assert.Contains("<html", rendered.Html, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(rendered.Text));
    }

    [Fact]
    public void a_kpi_report_lists_every_kpi()
    {
        var rendered = Templates(RepositoryTemplates.Directory).Render("kpi-report", new JsonObject
        {
            ["period"] = "January 2026",
            ["kpis"] = new JsonArray(
                new JsonObject { ["name"] = "First response", ["value"] = 3.5, ["target"] = 4, ["status"] = "on target" },
                new JsonObject { ["name"] = "Resolution within 72 h", ["value"] = 0.82, ["target"] = 0.9, ["status"] = "below" }),
        });

        Assert.Equal("KPI report January 2026", rendered.Subject);
        Assert.Contains("- First response: 3.5 (target 4) on target", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("- Resolution within 72 h: 0.82 (target 0.9) below", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_template_names_itself_and_the_folder()
    {
        var templates = Templates(RepositoryTemplates.Directory);

        var error = Assert.Throws<MailTemplateNotFoundException>(() => templates.Render("farewell", null));

        Assert.Contains("Email template 'farewell' not found", error.Message, StringComparison.Ordinal);
        Assert.Contains(RepositoryTemplates.Directory, error.Message, StringComparison.Ordinal);
        Assert.Contains("farewell.subject.hbs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_name_that_leaves_the_templates_folder_is_refused()
    {
        Assert.Throws<MailTemplateNotFoundException>(() => Templates(RepositoryTemplates.Directory).Render("../email/welcome", null));
    }

    [Fact]
    public void an_edited_template_is_read_again()
    {
        var folder = Directory.CreateTempSubdirectory("onboardingbpm-templates-");
        try
        {
            var subject = Path.Combine(folder.FullName, "note.subject.hbs");
            File.WriteAllText(subject, "First {{n}}");
            File.WriteAllText(Path.Combine(folder.FullName, "note.txt.hbs"), "Body {{n}}");
            var templates = Templates(folder.FullName);
            var first = templates.Render("note", new JsonObject { ["n"] = 1 });

            File.WriteAllText(subject, "Second {{n}}");
            File.SetLastWriteTimeUtc(subject, File.GetLastWriteTimeUtc(subject).AddMinutes(1));
            var second = templates.Render("note", new JsonObject { ["n"] = 2 });

            Assert.Equal(("First 1", "Second 2"), (first.Subject, second.Subject));
            Assert.Null(second.Html);
            Assert.Equal("Body 2", second.Text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static MailTemplates Templates(string folder) =>
        new(new StaticOptions(new EmailOptions { TemplatesDirectory = folder }));

    private sealed class StaticOptions(EmailOptions value) : IOptionsMonitor<EmailOptions>
    {
        public EmailOptions CurrentValue => value;

        public EmailOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<EmailOptions, string?> listener) => null;
    }
}
