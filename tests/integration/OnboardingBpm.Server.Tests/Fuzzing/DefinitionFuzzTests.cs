using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// The definition endpoints (import, validate, save draft) under hostile definitions: the documented 2xx or
/// problem+json, a refusal publishes and saves nothing, and whatever was accepted reads back. Run on each database
/// (the subclasses at the end).
/// </summary>
public abstract class DefinitionFuzzTests(ServerFactory factory, int defaultCases)
{
    private const string Endpoint = "definitions";
    private const int HugeEvery = 100;

    [Fact]
    public async Task every_hostile_definition_is_answered_as_documented_or_with_a_problem_and_a_refusal_writes_nothing()
    {
        var settings = FuzzSettings.FromEnvironment(defaultCases, factory.Provider);
        settings.Announce(Endpoint);
        using var client = factory.CreateClientAs(DemoUsers.ProcessOwner);

        await FuzzFindings.RunAllAsync(settings.Cases, index => RunCaseAsync(client, settings, index));
    }

    private async Task RunCaseAsync(HttpClient client, FuzzSettings settings, int i)
    {
        var random = settings.RandomFor(Endpoint, i);
        var definitionId = $"fuzz-{i}-{random.Next():x8}";
        var fuzz = i % HugeEvery == HugeEvery / 2
            ? JsonMutator.Huge(random, DefinitionMutations.Valid(definitionId))
            : DefinitionMutations.Mutate(random, definitionId) ?? JsonMutator.Mutate(random, DefinitionMutations.Valid(definitionId));
        var (path, documented) = random.Next(4) switch
        {
            0 => ("/api/workflow-definitions/validate", HttpStatusCode.OK),
            1 => ("/api/workflow-definitions", HttpStatusCode.OK),
            _ => ("/api/workflow-definitions/import", HttpStatusCode.Created),
        };
        var replay = settings.Replay(Endpoint, i, $"POST {path}: {fuzz.Description}");
        var before = await DefinitionState.ReadAsync(factory);

        var answer = await FuzzClient.SendAsync(client, HttpMethod.Post, path, fuzz, replay);

        var after = await DefinitionState.ReadAsync(factory);
        var isValidate = path.EndsWith("/validate", StringComparison.Ordinal);
        if (fuzz.Kind == FuzzKind.Valid)
        {
            Assert.True(answer.Status == documented, $"The valid definition was not answered {(int)documented}: {answer}\n{replay}");
        }
        else if (fuzz.Kind == FuzzKind.MustRefuse && !isValidate)
        {
            Assert.True(answer.IsRefusal, $"A malformed definition was not refused: {answer}\n{replay}");
        }

        if (answer.IsRefusal || isValidate)
        {
            Assert.True(before == after, $"A refused or validated definition changed the store: {before} -> {after}\n{replay}");
            return;
        }

        Assert.True(answer.Status == documented || (documented == HttpStatusCode.Created && answer.Status == HttpStatusCode.OK), $"Not the documented answer: {answer}\n{replay}");
        var id = answer.Json()?["definitionId"]?.GetValue<string>();
        Assert.True(id is not null, $"The answer names no definition: {answer}\n{replay}");
        var readBack = await client.GetAsync($"/api/workflow-definitions/{Uri.EscapeDataString(id!)}", TestContext.Current.CancellationToken);
        Assert.True(readBack.StatusCode == HttpStatusCode.OK, $"What was accepted does not read back: {(int)readBack.StatusCode} {await readBack.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}\n{replay}");
        if (documented == HttpStatusCode.Created)
        {
            var export = await client.GetAsync($"/api/workflow-definitions/{Uri.EscapeDataString(id!)}/export", TestContext.Current.CancellationToken);
            Assert.True(export.StatusCode == HttpStatusCode.OK, $"What was published does not export: {(int)export.StatusCode}\n{replay}");
        }
    }

    /// <summary>Definitions, the sum of their newest version numbers, drafts and triggers: every publish or draft moves one.</summary>
    private sealed record DefinitionState(int Definitions, int Versions, int Drafts, int Triggers)
    {
        public static async Task<DefinitionState> ReadAsync(ServerFactory factory)
        {
            var stores = factory.Services.GetRequiredService<WorkflowStores>();
            var definitions = await stores.Definitions.ListAsync(TestContext.Current.CancellationToken);
            var triggers = await stores.Triggers.ListAllAsync(TestContext.Current.CancellationToken);
            return new DefinitionState(definitions.Count, definitions.Sum(d => d.LatestVersion ?? 0), definitions.Count(d => d.HasDraft), triggers.Count);
        }
    }
}

public sealed class DefinitionFuzzOnSqliteTests(ServerFactory factory)
    : DefinitionFuzzTests(factory, defaultCases: FuzzSettings.DefaultCases), IClassFixture<ServerFactory>;

public sealed class DefinitionFuzzOnPostgresTests(PostgresServerFactory factory)
    : DefinitionFuzzTests(factory, defaultCases: FuzzSettings.DefaultCases), IClassFixture<PostgresServerFactory>;
