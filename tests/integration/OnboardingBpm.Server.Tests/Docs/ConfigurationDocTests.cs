using System.Text.Json.Nodes;

namespace OnboardingBpm.Server.Tests.Docs;

/// <summary>docs/configuration.md names every key the server reads, and spells each one's environment variable.</summary>
public sealed class ConfigurationDocTests
{
    private static readonly ConfigurationDoc Doc = ConfigurationDoc.Load();

    [Fact]
    public void every_key_of_appsettings_json_is_documented()
    {
        var appSettings = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "repo/appsettings.json")))!;
        var keys = LeafKeys(appSettings, "").ToList();

        var undocumented = keys.Where(key => !Doc.Documents(key)).ToList();

        Assert.NotEmpty(keys);
        Assert.Empty(undocumented);
    }

    [Fact]
    public void every_property_of_the_options_classes_is_documented()
    {
        var keys = OptionsKeys.All();

        var undocumented = keys.Where(k => !Doc.Documents(k.Key)).Select(k => $"{k.Key} ({k.Options.Name})").ToList();

        Assert.Contains(keys, k => k.Key == "Workflows:ShutdownTimeout");
        Assert.Empty(undocumented);
    }

    [Fact]
    public void every_row_spells_its_keys_environment_variable()
    {
        var misspelt = Doc.Rows.Where(row => !row.Spells(ConfigurationDoc.KeyOfVariable(row.EnvironmentVariable))).Select(row => $"{row.Key}: {row.EnvironmentVariable}").ToList();

        Assert.NotEmpty(Doc.Rows);
        Assert.Empty(misspelt);
    }

    [Fact]
    public void a_key_nobody_documented_is_reported()
    {
        Assert.False(Doc.Documents("Workflows:NoSuchSetting"));
        Assert.True(Doc.Documents("Integrations:Okta:Resilience:MaxRetries"));
        Assert.True(Doc.Documents("Privacy:Keys:1:Key"));
    }

    private static IEnumerable<string> LeafKeys(JsonNode node, string prefix) => node switch
    {
        JsonObject obj => obj.SelectMany(p => LeafKeys(p.Value!, prefix.Length == 0 ? p.Key : $"{prefix}:{p.Key}")),
        JsonArray array => array.SelectMany((item, i) => LeafKeys(item!, $"{prefix}:{i}")),
        _ => [prefix],
    };
}
