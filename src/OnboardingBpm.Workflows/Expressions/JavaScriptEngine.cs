using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace OnboardingBpm.Workflows.Expressions;

/// <summary>Sandbox limits for scripts; the defaults stop runaway loops and recursion quickly.</summary>
public sealed record JavaScriptLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public int MaxStatements { get; init; } = 100_000;
    public int MaxRecursion { get; init; } = 64;
    public long MaxMemoryBytes { get; init; } = 16 * 1024 * 1024;
}

/// <summary>
/// Runs JavaScript (ES2023, through Jint) in a sandbox: no .NET types are reachable, time, statement,
/// recursion and memory are limited, and the clock is the engine's <see cref="TimeProvider"/>.
/// Scripts are parsed once and cached by their text.
/// </summary>
public sealed class JavaScriptEngine(JavaScriptLimits limits)
{
    private readonly ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> cache = new(StringComparer.Ordinal);

    public JavaScriptEngine()
        : this(new JavaScriptLimits())
    {
    }

    /// <summary>Returns null when <paramref name="code"/> parses, else the syntax error with its position.</summary>
    public ExpressionException? CheckSyntax(string code)
    {
        try
        {
            Prepare(code);
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex;
        }
    }

    /// <summary>Evaluates <paramref name="code"/>; the value of its last statement is the result, as JSON.</summary>
    public JsonNode? Evaluate(string code, ExpressionScope scope)
    {
        var script = Prepare(code);
        using var engine = CreateEngine(scope);
        try
        {
            // One parser for the four values: each new parser allocates its own token buffer and key caches,
            // which was about 40% of what an evaluation allocated.
            var json = new JsonParser(engine);
            var variables = json.Parse(ToJson(scope.Variables));
            engine.SetValue("variables", variables);
            engine.SetValue("input", json.Parse(scope.Input.ToJsonString()));
            engine.SetValue("instance", json.Parse(scope.Instance.ToJsonString()));
            engine.SetValue("payload", scope.Payload is null ? JsValue.Null : json.Parse(scope.Payload.ToJsonString()));

            var result = engine.Evaluate(script);

            // Limits are checked between statements: one native call ('x'.repeat(1 << 27)) can pass the memory
            // limit as the script's last act, with no statement after it to notice.
            engine.Constraints.Check();
            CopyBack(engine, variables, scope.Variables);
            return ToNode(engine, result);
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException($"Script error: {Describe(ex)}", ex.Location.Start.Line, ex.Location.Start.Column + 1, ex);
        }
        catch (Exception ex) when (ex is TimeoutException or StatementsCountOverflowException or RecursionDepthOverflowException or MemoryLimitExceededException)
        {
            throw new ExpressionException($"Script stopped by the sandbox: {ex.Message}", inner: ex);
        }
        catch (JintException ex)
        {
            throw new ExpressionException($"Script error: {ex.Message}", inner: ex);
        }
    }

    /// <summary>
    /// The thrown value as text. That runs the script's own toString, which may loop or throw in turn; the sandbox
    /// stops it, and the incident then says so instead of failing with the sandbox's raw exception.
    /// </summary>
    private static string Describe(JavaScriptException ex)
    {
        try
        {
            return ex.Error.ToString();
        }
        catch (Exception inner) when (inner is JintException or TimeoutException)
        {
            return $"a thrown value that cannot be shown ({inner.Message})";
        }
    }

    private Prepared<Acornima.Ast.Script> Prepare(string code)
    {
        if (cache.TryGetValue(code, out var prepared))
        {
            return prepared;
        }

        try
        {
            prepared = Engine.PrepareScript(code, "expression");
        }
        catch (ScriptPreparationException ex) when (ex.InnerException is ParseErrorException parse)
        {
            throw new ExpressionException($"JavaScript does not parse: {parse.Description}", parse.LineNumber, parse.Column + 1, ex);
        }
        catch (ParseErrorException parse)
        {
            throw new ExpressionException($"JavaScript does not parse: {parse.Description}", parse.LineNumber, parse.Column + 1, parse);
        }

        // A bounded cache: definitions hold a limited set of scripts; this guards against generated ones.
        if (cache.Count > 10_000)
        {
            cache.Clear();
        }

        cache[code] = prepared;
        return prepared;
    }

    private Engine CreateEngine(ExpressionScope scope)
    {
        var engine = new Engine(options =>
        {
            options.TimeoutInterval(limits.Timeout);
            options.MaxStatements(limits.MaxStatements);
            options.LimitRecursion(limits.MaxRecursion);
            options.LimitMemory(limits.MaxMemoryBytes);
            // Jint's recursion limit misses calls made by the engine itself (Proxy traps, toString and valueOf
            // during a coercion): without the guard such a script overflows the stack and kills the server.
            options.Constraints.StackOverflowGuard = true;
            options.TimeSystem = new FixedClock(scope.Now);

            // The date helpers reject bad input with ArgumentException: as a JS error a script can catch it,
            // and an uncaught one is reported like any other script error.
            options.CatchClrExceptions(ex => ex is ArgumentException);
        });
        ScriptHelpers.Install(engine, scope.Now);
        return engine;
    }

    private static string ToJson(IDictionary<string, JsonNode?> variables)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in variables)
        {
            obj[name] = value?.DeepClone();
        }

        return obj.ToJsonString();
    }

    private static JsonNode? ToNode(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return null;
        }

        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
    }

    /// <summary>Writes back variables the script assigned, so a Script activity can change state.</summary>
    private static void CopyBack(Engine engine, JsValue variables, IDictionary<string, JsonNode?> target)
    {
        if (ToNode(engine, variables) is not JsonObject after)
        {
            return;
        }

        foreach (var (name, value) in after)
        {
            if (!target.TryGetValue(name, out var before) || !JsonNode.DeepEquals(before, value))
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>Makes <c>new Date()</c> in scripts read the engine's clock, so tests that jump time see it.</summary>
    private sealed class FixedClock(DateTimeOffset now) : DefaultTimeSystem(TimeZoneInfo.Utc, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
