using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OnboardingBpm.Server.Hosting.Simulators;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Browser.Tests.Support;

/// <summary>
/// The real server on a real loopback port (a browser cannot reach the in-memory test host), with the Okta simulator
/// accepting the app's redirect URI on that port, a clock the test moves, and the scheduler run by the test.
/// </summary>
public sealed class BrowserServerFactory : WebApplicationFactory<Program>
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), "onboardingbpm-tests", $"browser-{Guid.NewGuid():N}.db");

    public BrowserServerFactory() => UseKestrel(Port);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public int Port { get; } = FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Workflows:SchedulerInterval", TimeSpan.FromDays(1).ToString());
        builder.UseSetting("Persistence:ConnectionString", $"Data Source={databaseFile}");
        builder.UseSetting("Privacy:ActiveKeyId", "test");
        builder.UseSetting("Privacy:Keys:0:Id", "test");
        builder.UseSetting("Privacy:Keys:0:Key", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Privacy:BlindIndexKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Integrations:Simulators:SpaRedirectUris:0", Address.ToString());
        foreach (var vendor in new[] { "Salesforce", "Okta", "Segment" })
        {
            builder.UseSetting($"Integrations:Simulators:{vendor}", "0");
            builder.UseSetting($"Integrations:{vendor}:Resilience:RetryBaseDelay", "00:00:00");
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Submits the onboarding web form as an operator and runs the workflow up to its first-contact task.</summary>
    public async Task SubmitOnboardingRequestAsync(string company, string segment)
    {
        using var admin = await ClientAsAsync("alex.admin@onboardingbpm.local");
        var email = $"{Guid.NewGuid():N}@customer.example";
        var response = await admin.PostAsJsonAsync("/workflows/onboarding-requests", new { submissionId = email, company, contactName = "Dana Scully", email, segment }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        await Services.GetRequiredService<WorkflowRuntime>().DispatchPendingAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>Runs due timers and retries on the fake clock, then the outbox: what the background loop would do.</summary>
    public async Task RunSchedulerAsync()
    {
        await Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        await Services.GetRequiredService<WorkflowRuntime>().DispatchPendingAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>An address on an embedded vendor simulator (salesforce, okta, segment), e.g. its /__sim fault API.</summary>
    public Uri SimulatorAddress(string vendor, string path) => new(Services.GetRequiredService<SimulatorDirectory>().AddressOf(vendor), path);

    /// <summary>Moves the server's clock and runs what fell due, a few rounds so that dispatched work runs too.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        for (var round = 0; round < 3; round++)
        {
            await Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
            await Services.GetRequiredService<WorkflowRuntime>().DispatchPendingAsync(cancellationToken: TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The newest case of a segment, as an admin sees it through the API.</summary>
    public async Task<JsonNode> NewestCaseAsync(string segment)
    {
        using var admin = await ClientAsAsync("alex.admin@onboardingbpm.local");
        var page = await admin.GetFromJsonAsync<JsonObject>($"/api/cases?segment={segment}&take=1", TestContext.Current.CancellationToken);
        return page!["items"]![0]!;
    }

    /// <summary>Publishes a definition file from the test output folder and starts an instance of it, as an admin.</summary>
    public async Task PublishAndStartAsync(string relativePath)
    {
        using var admin = await ClientAsAsync("alex.admin@onboardingbpm.local");
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, relativePath), TestContext.Current.CancellationToken))!;
        var imported = await admin.PostAsJsonAsync("/api/workflow-definitions/import", definition, TestContext.Current.CancellationToken);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var started = await admin.PostAsJsonAsync("/api/workflow-instances", new { definitionId = definition["definitionId"]!.GetValue<string>() }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    /// <summary>An API client with a demo user's token from the development sign-in.</summary>
    public async Task<HttpClient> ClientAsAsync(string user)
    {
        var client = new HttpClient { BaseAddress = Address };
        var token = await client.GetStringAsync($"/dev/token?user={Uri.EscapeDataString(user)}", TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
