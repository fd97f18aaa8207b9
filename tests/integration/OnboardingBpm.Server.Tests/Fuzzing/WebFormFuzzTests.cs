using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// The web-form trigger (POST /workflows/onboarding-requests) under hostile bodies: 202 for what the form check
/// accepts, problem+json for the rest, and a refused request leaves no case, task, vendor record or mail behind.
/// An accepted one must also run through in the background without an incident. Run on each database (the
/// subclasses at the end).
/// </summary>
public abstract class WebFormFuzzTests(ScheduledByTestServerFactory factory, int defaultCases)
{
    private const string Endpoint = "web-form";
    private const int HugeEvery = 100;

    [Fact]
    public async Task every_hostile_web_form_body_is_answered_202_or_with_a_problem_and_a_refusal_writes_nothing()
    {
        var settings = FuzzSettings.FromEnvironment(defaultCases, factory.Provider);
        settings.Announce(Endpoint);
        using var client = factory.CreateClientAs(DemoUsers.Admin);

        await FuzzFindings.RunAllAsync(settings.Cases, index => RunCaseAsync(client, settings, index));
    }

    private async Task RunCaseAsync(HttpClient client, FuzzSettings settings, int i)
    {
        var random = settings.RandomFor(Endpoint, i);
        var valid = ValidForm(random, i);
        var fuzz = i % HugeEvery == HugeEvery / 2 ? JsonMutator.Huge(random, valid) : JsonMutator.Mutate(random, valid);
        var replay = settings.Replay(Endpoint, i, fuzz.Description);
        var before = await WebFormState.ReadAsync(factory);
        var incidentsBefore = await IncidentIdsAsync();

        var answer = await FuzzClient.SendAsync(client, HttpMethod.Post, "/workflows/onboarding-requests", fuzz, replay);
        await factory.RunSchedulerAsync();

        var after = await WebFormState.ReadAsync(factory);
        if (fuzz.Kind == FuzzKind.Valid)
        {
            Assert.True(answer.Status == HttpStatusCode.Accepted, $"The valid form was not accepted: {answer}\n{replay}");
        }
        else if (fuzz.Kind == FuzzKind.MustRefuse)
        {
            Assert.True(answer.IsRefusal, $"A malformed body was not refused: {answer}\n{replay}");
        }

        if (answer.IsRefusal)
        {
            Assert.True(before == after, $"A refused request changed the stores: {before} -> {after}\n{replay}");
        }
        else
        {
            Assert.True(answer.Status == HttpStatusCode.Accepted, $"Not the documented 202: {answer}\n{replay}");
            Assert.True(before.Faulted == after.Faulted && before.Incidents == after.Incidents, $"An accepted request failed in the background: {await NewIncidentsAsync(incidentsBefore)}\n{replay}");
        }
    }

    private async Task<HashSet<string>> IncidentIdsAsync() =>
        (await factory.Services.GetRequiredService<WorkflowStores>().Incidents.ListAsync(null, openOnly: false, TestContext.Current.CancellationToken)).Select(i => i.Id).ToHashSet();

    private async Task<string> NewIncidentsAsync(HashSet<string> before)
    {
        var incidents = await factory.Services.GetRequiredService<WorkflowStores>().Incidents.ListAsync(null, openOnly: false, TestContext.Current.CancellationToken);
        return string.Join("; ", incidents.Where(i => !before.Contains(i.Id)).Select(i => $"{i.DefinitionId}/{i.ActivityId}: {i.ErrorType}: {i.Message}"));
    }

    private static JsonObject ValidForm(Random random, int index)
    {
        var id = $"fuzz-{index}-{random.Next():x8}";
        string[] segments = ["enterprise", "mid-market", "smb"];
        return new JsonObject
        {
            ["submissionId"] = id,
            ["company"] = $"Fuzz Co {index}",
            ["contactName"] = "Fay Fuzzer",
            ["email"] = $"{id}@fuzz.example",
            ["segment"] = segments[random.Next(segments.Length)],
            ["phone"] = "+1 555 0100",
            ["notes"] = "Found us at a conference",
            ["needsSoc2"] = random.Next(2) == 0,
        };
    }

    /// <summary>What a submission writes, counted cheaply: the application's cases, tasks and mails, the vendors' records, the instances.</summary>
    private sealed record WebFormState(int Cases, int Tasks, int SalesforceCases, int OktaUsers, int Mails, int Unfinished, int Faulted, int Incidents)
    {
        public static async Task<WebFormState> ReadAsync(ScheduledByTestServerFactory factory)
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            var stores = factory.Services.GetRequiredService<WorkflowStores>();
            var cases = await factory.Services.GetRequiredService<ICaseStore>().ListAsync(new CaseQuery(SegmentScope.All) { Take = 1 }, cancellationToken);
            var tasks = await stores.Tasks.ListAsync(new TaskFilter { Take = 1, ActiveOnly = false }, cancellationToken);
            var mails = await factory.Services.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery(Take: 100_000), cancellationToken);
            return new WebFormState(
                cases.Total,
                tasks.Total,
                (await factory.SimulatorAsync<JsonArray>("salesforce", "__sim/salesforce/cases")).Count,
                (await factory.SimulatorAsync<JsonArray>("okta", "__sim/okta/users")).Count,
                mails.Count,
                await CountAsync(stores, WorkflowStatus.Running) + await CountAsync(stores, WorkflowStatus.Suspended),
                await CountAsync(stores, WorkflowStatus.Faulted),
                (await stores.Incidents.ListAsync(null, openOnly: false, cancellationToken)).Count);
        }

        private static async Task<int> CountAsync(WorkflowStores stores, WorkflowStatus status) =>
            (await stores.Instances.ListAsync(new InstanceFilter { Status = status, Take = 1 }, TestContext.Current.CancellationToken)).Total;
    }
}

public sealed class WebFormFuzzOnSqliteTests(ScheduledByTestServerFactory factory)
    : WebFormFuzzTests(factory, defaultCases: FuzzSettings.DefaultCases), IClassFixture<ScheduledByTestServerFactory>;

public sealed class WebFormFuzzOnPostgresTests(PostgresScheduledByTestServerFactory factory)
    : WebFormFuzzTests(factory, defaultCases: FuzzSettings.DefaultCases), IClassFixture<PostgresScheduledByTestServerFactory>;
