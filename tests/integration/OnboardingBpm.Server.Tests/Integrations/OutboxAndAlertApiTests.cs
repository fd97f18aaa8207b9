using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.Integrations;

public sealed class OutboxAndAlertApiTests : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly ScheduledByTestServerFactory factory;
    private readonly HttpClient client;

    public OutboxAndAlertApiTests(ScheduledByTestServerFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClientAs(DemoUsers.Admin);
    }

    [Fact]
    public async Task the_outbox_lists_a_mail_by_recipient_and_serves_its_body_and_attachment()
    {
        var outbox = factory.Services.GetRequiredService<IMailOutbox>();
        var id = $"mail-{Guid.NewGuid():N}";
        await outbox.AddAsync(new StoredMail(
            new MailMessage
            {
                Id = id,
                To = [$"{id}@example.com"],
                Subject = "KPI report",
                HtmlBody = "<h1>KPIs</h1>",
                Attachments = [new MailAttachment("kpis.csv", "text/csv", "kpi,value\r\nfcr,0.86\r\n"u8.ToArray())],
            },
            factory.Clock.GetUtcNow(),
            "outbox"),
            TestContext.Current.CancellationToken);

        var list = await client.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={id}@example.com", TestContext.Current.CancellationToken);
        var mail = await client.GetFromJsonAsync<JsonObject>($"/api/mail/{id}", TestContext.Current.CancellationToken);
        var csv = await client.GetAsync($"/api/mail/{id}/attachments/0", TestContext.Current.CancellationToken);

        Assert.Equal("KPI report", Assert.Single(list!)!["subject"]!.GetValue<string>());
        Assert.Equal("<h1>KPIs</h1>", mail!["htmlBody"]!.GetValue<string>());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("kpi,value\r\nfcr,0.86\r\n", await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/mail/{id}/attachments/1", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/mail/no-such-mail", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task a_bad_page_size_names_the_field()
    {
        var response = await client.GetAsync("/api/alerts?take=0", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(response))["errors"]!["take"]);
    }

    [Fact]
    public async Task an_incident_shows_as_a_platform_engineering_alert_that_can_be_acknowledged_once()
    {
        var definition = new JsonObject
        {
            ["definitionId"] = "alerting",
            ["name"] = "Alerting",
            ["root"] = JsonNode.Parse("""
                {"activities": [{"id": "start", "type": "Start"}, {"id": "boom", "type": "Fault", "inputs": {"message": "vendor said no"}}],
                 "connections": [{"source": {"activity": "start"}, "target": {"activity": "boom"}}]}
                """),
        };
        Assert.True((await client.PostAsJsonAsync("/api/workflow-definitions/import", definition, TestContext.Current.CancellationToken)).IsSuccessStatusCode);
        var started = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "alerting" }, TestContext.Current.CancellationToken);
        var instanceId = (await ServerFactory.ReadObjectAsync(started))["id"]!.GetValue<string>();
        await factory.Services.GetRequiredService<WorkflowRuntime>().DispatchPendingAsync(cancellationToken: TestContext.Current.CancellationToken);

        var alerts = await client.GetFromJsonAsync<JsonArray>("/api/alerts?audience=platform-engineering&openOnly=true", TestContext.Current.CancellationToken);
        var alert = Assert.Single(alerts!, a => a!["instanceId"]?.GetValue<string>() == instanceId)!;
        var alertId = alert["id"]!.GetValue<string>();
        var first = await client.PostAsync($"/api/alerts/{alertId}/acknowledge", null, TestContext.Current.CancellationToken);
        var second = await client.PostAsync($"/api/alerts/{alertId}/acknowledge", null, TestContext.Current.CancellationToken);

        Assert.Contains("vendor said no", alert["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }
}
