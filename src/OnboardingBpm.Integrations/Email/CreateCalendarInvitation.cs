using System.Text.Json.Nodes;
using OnboardingBpm.Integrations.Email.Attachments;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Email;

/// <summary>
/// Turns a meeting into an .ics attachment for <see cref="SendEmail"/>'s attachments input. The invitation's UID
/// defaults to the step's idempotency key, so a replayed step produces the same meeting, not a second one.
/// </summary>
[Activity("CreateCalendarInvitation", "Email", "Create calendar invitation",
    Description = "Makes an iCalendar (.ics) meeting invitation to attach to a mail: Attachment is {fileName, contentType, content}.")]
public sealed class CreateCalendarInvitation : Activity
{
    [Input(Description = "When the meeting starts.", Required = true)]
    public Input<DateTimeOffset> Start { get; set; } = default!;

    [Input(Description = "How long it lasts.", DefaultJson = "\"PT1H\"")]
    public Input<TimeSpan> Duration { get; set; } = default!;

    [Input(Description = "The meeting's title.", Required = true)]
    public Input<string> Summary { get; set; } = default!;

    [Input(Description = "What it is about.", UIHint = UIHints.MultiLine)]
    public Input<string?> Description { get; set; } = default!;

    [Input(Description = "Where, or the call link.")]
    public Input<string?> Location { get; set; } = default!;

    [Input(Description = "The organiser's address.", Required = true)]
    public Input<string> Organizer { get; set; } = default!;

    [Input(Description = "The organiser's display name.")]
    public Input<string?> OrganizerName { get; set; } = default!;

    [Input(Description = "The invited addresses.", UIHint = UIHints.List)]
    public Input<IReadOnlyList<string>?> Attendees { get; set; } = default!;

    [Input(Description = "The meeting's stable id; empty: this step's idempotency key.")]
    public Input<string?> Uid { get; set; } = default!;

    [Input(Description = "The attachment's file name.", DefaultJson = "\"invitation.ics\"")]
    public Input<string> FileName { get; set; } = default!;

    [Output(Description = "The attachment: {fileName, contentType, content}.")]
    public Output<JsonObject> Attachment { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var start = context.Get(Start);
        var invitation = new CalendarInvitation
        {
            Uid = $"{context.KeyOrIdempotencyKey(Uid)}@onboardingbpm",
            Start = start,
            End = start + context.Get(Duration),
            Summary = context.Get(Summary),
            Description = context.Get(Description),
            Location = context.Get(Location),
            Organizer = context.Get(Organizer),
            OrganizerName = context.Get(OrganizerName),
            Attendees = context.Get(Attendees) ?? [],
        };
        context.Set(Attachment, new JsonObject
        {
            ["fileName"] = context.Get(FileName),
            ["contentType"] = CalendarInvitation.ContentType,
            ["content"] = invitation.ToIcs(context.Now),
        });
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
