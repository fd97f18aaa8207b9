namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Small definitions the store suite runs.</summary>
internal static class Flows
{
    public const string Approval = """
        {"definitionId": "approval", "name": "Approval", "variables": [{"name": "result", "type": "String"}],
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "task", "type": "UserTask", "inputs": {"title": "Approve", "segment": "smb", "outcomes": ["Approve", "Reject"]}, "outputs": {"Outcome": "result"}},
           {"id": "end", "type": "Finish"}],
          "connections": [
           {"source": {"activity": "start"}, "target": {"activity": "task"}},
           {"source": {"activity": "task", "port": "Approve"}, "target": {"activity": "end"}},
           {"source": {"activity": "task", "port": "Reject"}, "target": {"activity": "end"}}]}}
        """;

    public const string Escalation = """
        {"definitionId": "escalation", "name": "Escalation", "variables": [{"name": "escalated", "type": "Boolean", "default": false}],
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "wait", "type": "Delay", "inputs": {"duration": "PT72H"}},
           {"id": "mark", "type": "SetVariable", "inputs": {"variable": "escalated", "value": true}}],
          "connections": [
           {"source": {"activity": "start"}, "target": {"activity": "wait"}},
           {"source": {"activity": "wait"}, "target": {"activity": "mark"}}]}}
        """;

    public const string Counter = """
        {"definitionId": "counter", "name": "Counter", "variables": [{"name": "n", "type": "Number", "default": 0}],
         "root": {"activities": [
           {"id": "start", "type": "Start"},
           {"id": "wait", "type": "Event", "inputs": {"eventName": "go"}},
           {"id": "count", "type": "Script", "inputs": {"code": "variables.n = variables.n + 1"}}],
          "connections": [
           {"source": {"activity": "start"}, "target": {"activity": "wait"}},
           {"source": {"activity": "wait"}, "target": {"activity": "count"}}]}}
        """;

    public const string Hourly = """
        {"definitionId": "hourly", "name": "Hourly",
         "root": {"activities": [
           {"id": "tick", "type": "Cron", "inputs": {"expression": "0 * * * *"}},
           {"id": "log", "type": "Log", "inputs": {"message": "tick"}}],
          "connections": [{"source": {"activity": "tick"}, "target": {"activity": "log"}}]}}
        """;

    public static string Http(string path) => $$$"""
        {"definitionId": "http-flow", "name": "Http",
         "root": {"activities": [
           {"id": "in", "type": "HttpEndpoint", "inputs": {"path": "{{{path}}}"}},
           {"id": "log", "type": "Log", "inputs": {"message": "called"}}],
          "connections": [{"source": {"activity": "in"}, "target": {"activity": "log"}}]}}
        """;
}
