using System.Text.RegularExpressions;
using OnboardingBpm.Server.Tests.Docs;
using YamlDotNet.RepresentationModel;

namespace OnboardingBpm.Server.Tests.Deployment;

/// <summary>
/// docker/compose.yaml cannot be run on the development machines (no Docker engine), so what can be checked without
/// one is checked here: the server nodes' settings are real keys, their stop grace covers the shutdown timeout, and
/// every variable the file takes from docker/.env is in docker/.env.example.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string ComposeText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "repo/docker/compose.yaml"));
    private static readonly IReadOnlyList<ServerNode> Nodes = ServerNode.Read(ComposeText);

    [Fact]
    public void there_are_two_server_nodes()
    {
        Assert.Equal(["server-1", "server-2"], Nodes.Select(n => n.Name).Order());
    }

    [Fact]
    public void every_setting_of_a_server_node_is_a_documented_key()
    {
        var doc = ConfigurationDoc.Load();

        var undocumented = Nodes.SelectMany(node => node.Environment.Keys.Where(variable => !doc.Documents(ConfigurationDoc.KeyOfVariable(variable))).Select(variable => $"{node.Name}: {variable}")).ToList();

        Assert.NotEmpty(Nodes);
        Assert.Empty(undocumented);
    }

    [Fact]
    public void a_node_gets_its_shutdown_timeout_and_15_seconds_before_sigkill()
    {
        var tooShort = Nodes
            .Select(node => (node, Shutdown: TimeSpan.Parse(node.Environment["Workflows__ShutdownTimeout"], System.Globalization.CultureInfo.InvariantCulture)))
            .Where(n => n.node.StopGrace < n.Shutdown + TimeSpan.FromSeconds(15))
            .Select(n => $"{n.node.Name}: stop_grace_period {n.node.StopGrace} < Workflows__ShutdownTimeout {n.Shutdown} + 15 s")
            .ToList();

        Assert.NotEmpty(Nodes);
        Assert.Empty(tooShort);
    }

    [Fact]
    public void every_variable_taken_from_the_env_file_is_in_the_example()
    {
        var example = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "repo/docker/.env.example"))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
        var used = Regex.Matches(ComposeText, @"\$\{([A-Z_][A-Z0-9_]*)").Select(m => m.Groups[1].Value).Distinct().ToList();

        var missing = used.Where(variable => !example.Contains(variable)).ToList();

        Assert.NotEmpty(used);
        Assert.Empty(missing);
    }

    /// <summary>A service built from the Dockerfile's <c>server</c> target, with the settings it merges in (<c>&lt;&lt;: *anchor</c>).</summary>
    private sealed record ServerNode(string Name, IReadOnlyDictionary<string, string> Environment, TimeSpan StopGrace)
    {
        public static IReadOnlyList<ServerNode> Read(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var services = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["services"];
            return services.Children
                .Select(s => (Name: ((YamlScalarNode)s.Key).Value!, Settings: Flatten((YamlMappingNode)s.Value)))
                .Where(s => s.Settings.TryGetValue("build", out var build) && ((YamlMappingNode)build)["target"].ToString() == "server")
                .Select(s => new ServerNode(
                    s.Name,
                    ((YamlMappingNode)s.Settings["environment"]).Children.ToDictionary(e => e.Key.ToString(), e => e.Value.ToString(), StringComparer.Ordinal),
                    Duration(s.Settings["stop_grace_period"].ToString())))
                .ToList();
        }

        /// <summary>The service's own settings over the ones it merges in.</summary>
        private static Dictionary<string, YamlNode> Flatten(YamlMappingNode service)
        {
            var settings = service.Children.TryGetValue(new YamlScalarNode("<<"), out var merged)
                ? ((YamlMappingNode)merged).Children.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal)
                : new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in service.Children.Where(c => c.Key.ToString() != "<<"))
            {
                settings[key.ToString()] = value;
            }

            return settings;
        }

        /// <summary>Compose durations as this file writes them: <c>35s</c>, <c>2m</c>.</summary>
        private static TimeSpan Duration(string text) => Regex.Match(text, @"^(\d+)(s|m)$") is { Success: true } m
            ? (m.Groups[2].Value == "s" ? TimeSpan.FromSeconds(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) : TimeSpan.FromMinutes(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            : throw new FormatException($"stop_grace_period '{text}' is not of the form 35s or 2m");
    }
}
