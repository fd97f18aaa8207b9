namespace OnboardingBpm.LoadHarness;

/// <summary>The definitions the scenarios run.</summary>
internal static class Flows
{
    /// <summary>
    /// The approval flow of the bpmn-engine comparison: the Benchmarks app's approval.json, embedded from
    /// there so the in-memory and durable runs execute the same definition.
    /// </summary>
    public static string Approval
    {
        get
        {
            using var stream = typeof(Flows).Assembly.GetManifestResourceStream("Flows.approval.json")
                ?? throw new InvalidOperationException("approval.json is not embedded.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Start -> Script -> Event wait -> Decision -> Finish: one wait, so two transactions per instance.</summary>
    public const string Durable = """
        {"definitionId": "bench-durable", "name": "Bench durable", "variables": [{"name": "n", "type": "Number", "default": 0}],
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "script", "type": "Script", "inputs": {"code": "variables.n = variables.n + 1"}},
           {"id": "wait", "type": "Event", "inputs": {"eventName": "go"}},
           {"id": "decide", "type": "Decision", "inputs": {"condition": {"expression": {"type": "JavaScript", "value": "variables.n > 0"}}}},
           {"id": "end", "type": "Finish"}],
          "connections": [
           {"source": {"activity": "start"}, "target": {"activity": "script"}},
           {"source": {"activity": "script"}, "target": {"activity": "wait"}},
           {"source": {"activity": "wait"}, "target": {"activity": "decide"}},
           {"source": {"activity": "decide", "port": "True"}, "target": {"activity": "end"}},
           {"source": {"activity": "decide", "port": "False"}, "target": {"activity": "end"}}]}}
        """;

    /// <summary>Start -> Delay (PT1H) -> Finish: the instance waits on one timer bookmark.</summary>
    public const string Delayed = """
        {"definitionId": "bench-delay", "name": "Bench delay",
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "wait", "type": "Delay", "inputs": {"duration": "PT1H"}},
           {"id": "end", "type": "Finish"}],
          "connections": [
           {"source": {"activity": "start"}, "target": {"activity": "wait"}},
           {"source": {"activity": "wait"}, "target": {"activity": "end"}}]}}
        """;
}
