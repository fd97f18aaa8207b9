using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email.Templates;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Email;

/// <summary>
/// Renders a mail and queues it in the workflow's outbox: it is sent only once the step has committed, so a
/// step that fails or is replayed never mails twice, and a mail is never lost to a crash after the commit.
/// </summary>
[Activity("SendEmail", "Email", "Send email", Description = "Sends an email from a template (or a subject and body) once this step commits.")]
public sealed class SendEmail : Activity
{
    public const string OutboxType = "SendEmail";

    [Input(Description = "Recipients: an address, several separated by commas, or a list.", Required = true, UIHint = UIHints.List)]
    public Input<JsonNode> To { get; set; } = default!;

    [Input(Description = "Copy recipients.", UIHint = UIHints.List)]
    public Input<JsonNode?> Cc { get; set; } = default!;

    [Input(Description = "A template under templates/email (welcome, escalation, ...); instead of a subject and body.")]
    public Input<string?> Template { get; set; } = default!;

    [Input(Description = "The subject when no template is named.", DefaultSyntax = ExpressionType.Template)]
    public Input<string?> Subject { get; set; } = default!;

    [Input(Description = "The plain-text body when no template is named.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionType.Template)]
    public Input<string?> Body { get; set; } = default!;

    [Input(Description = "The template's data; empty passes the workflow variables.", UIHint = UIHints.Json, DefaultSyntax = ExpressionType.JavaScript)]
    public Input<JsonNode?> Model { get; set; } = default!;

    [Input(Description = "Files: a list of {fileName, contentType, content (text) or contentBase64}.", UIHint = UIHints.Json)]
    public Input<JsonArray?> Attachments { get; set; } = default!;

    [Input(Description = "What the mail is for, to filter the outbox; empty uses the template name.")]
    public Input<string?> Category { get; set; } = default!;

    public override IEnumerable<ActivityProblem> Validate()
    {
        if (Template.IsEmpty && Subject.IsEmpty)
        {
            yield return new ActivityProblem("template", "Name a template, or give a subject and body.");
        }
    }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var to = MailAddresses.Read(context.Get(To));
        if (to.Count == 0)
        {
            throw new ActivityFaultException("SendEmail has no recipient: 'to' is empty.") { Permanent = true };
        }

        var template = context.Get(Template);
        var (subject, html, text) = string.IsNullOrWhiteSpace(template)
            ? (context.Get(Subject) ?? "", null, context.Get(Body))
            : Render(context, template);
        var message = new MailMessage
        {
            Id = context.IdempotencyKey,
            To = to,
            Cc = MailAddresses.Read(context.Get(Cc)),
            Subject = subject,
            HtmlBody = html,
            TextBody = text,
            Attachments = MailAttachments.Read(context.Get(Attachments)),
            Category = context.Get(Category) is { Length: > 0 } category ? category : template,
            InstanceId = context.Instance.Id,
        };
        context.AddOutboxMessage(OutboxType, MailJson.ToPayload(message));
        context.Log($"Mail '{subject}' to {string.Join(", ", to)} queued");
        context.Complete();
        return ValueTask.CompletedTask;
    }

    private (string Subject, string? Html, string? Text) Render(ActivityExecutionContext context, string template)
    {
        var model = Model.IsEmpty ? Variables(context) : context.Get(Model);
        try
        {
            var mail = context.Services.GetRequiredService<MailTemplates>().Render(template, model);
            return (mail.Subject, mail.Html, mail.Text);
        }
        catch (MailTemplateNotFoundException ex)
        {
            // Retrying cannot conjure the file: raise the incident now so someone adds it.
            throw new ActivityFaultException(ex.Message, ex) { Permanent = true };
        }
        catch (HandlebarsDotNet.HandlebarsException ex)
        {
            throw new ActivityFaultException($"Email template '{template}' does not render: {ex.Message}", ex) { Permanent = true };
        }
    }

    private static JsonObject Variables(ActivityExecutionContext context)
    {
        var variables = new JsonObject();
        foreach (var (name, value) in context.Instance.Variables)
        {
            variables[name] = value?.DeepClone();
        }

        return variables;
    }
}
