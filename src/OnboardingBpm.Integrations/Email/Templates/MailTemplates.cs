using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace OnboardingBpm.Integrations.Email.Templates;

/// <summary>
/// Renders the mail templates kept as files: {name}.subject.hbs, {name}.html.hbs and {name}.txt.hbs. Values
/// are HTML-escaped in the HTML part only. Compiled templates are cached and recompiled when a file changes,
/// so an edited template shows in the next mail without a restart.
/// </summary>
public sealed class MailTemplates(IOptionsMonitor<EmailOptions> options)
{
    private readonly IHandlebars html = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
    private readonly IHandlebars text = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = false });
    private readonly ConcurrentDictionary<string, (DateTime Modified, HandlebarsTemplate<object, object> Template)> cache = new(StringComparer.Ordinal);

    /// <summary>The folder the templates are read from, made absolute against the application folder.</summary>
    public string Directory => Path.GetFullPath(options.CurrentValue.TemplatesDirectory, AppContext.BaseDirectory);

    public bool Exists(string name) =>
        IsValidName(name) && File.Exists(PathOf(name, "subject")) && (File.Exists(PathOf(name, "html")) || File.Exists(PathOf(name, "txt")));

    /// <summary>Renders the subject and whichever of the HTML and text parts exist.</summary>
    /// <exception cref="MailTemplateNotFoundException">The subject, or both bodies, are missing.</exception>
    public RenderedMail Render(string name, JsonNode? model)
    {
        if (!IsValidName(name))
        {
            throw new MailTemplateNotFoundException($"'{name}' is not a template name: use letters, digits, '-' and '_' only.");
        }

        if (!Exists(name))
        {
            throw new MailTemplateNotFoundException(
                $"Email template '{name}' not found: {Directory} needs {name}.subject.hbs and {name}.html.hbs or {name}.txt.hbs.");
        }

        var data = TemplateModel.ToPlain(model);
        var subject = Run(text, PathOf(name, "subject"), data)!;
        return new RenderedMail(
            string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            Run(html, PathOf(name, "html"), data),
            Run(text, PathOf(name, "txt"), data));
    }

    private string? Run(IHandlebars engine, string path, object? data)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var modified = File.GetLastWriteTimeUtc(path);
        if (!cache.TryGetValue(path, out var entry) || entry.Modified != modified)
        {
            entry = (modified, engine.Compile(File.ReadAllText(path)));
            cache[path] = entry;
        }

        return entry.Template(data ?? new Dictionary<string, object?>());
    }

    private string PathOf(string name, string part) => Path.Combine(Directory, $"{name}.{part}.hbs");

    // Names come from workflow definitions: never let one walk out of the templates folder.
    private static bool IsValidName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

/// <summary>A rendered template: the subject and the parts that exist.</summary>
public sealed record RenderedMail(string Subject, string? Html, string? Text);

/// <summary>A template the workflow asked for is not there (or its name is not valid).</summary>
public sealed class MailTemplateNotFoundException(string message) : Exception(message);
