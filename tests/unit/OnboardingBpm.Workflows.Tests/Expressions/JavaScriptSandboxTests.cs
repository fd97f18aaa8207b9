using Jint.Runtime;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

/// <summary>Scripts come from definitions that operators edit: they must not hang the engine or reach the host.</summary>
public sealed class JavaScriptSandboxTests
{
    [Fact]
    public void a_script_that_runs_past_its_time_limit_is_stopped()
    {
        var engine = new JavaScriptEngine(new JavaScriptLimits { Timeout = TimeSpan.FromMilliseconds(50), MaxStatements = int.MaxValue });

        var error = Assert.Throws<ExpressionException>(() => engine.Evaluate("while (true) { }", Scopes.Create()));

        Assert.StartsWith("Script stopped by the sandbox:", error.Message);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public void a_script_that_runs_too_many_statements_is_stopped()
    {
        var engine = new JavaScriptEngine(new JavaScriptLimits { MaxStatements = 1_000 });

        var error = Assert.Throws<ExpressionException>(() => engine.Evaluate("let n = 0; for (;;) { n++; }", Scopes.Create()));

        Assert.StartsWith("Script stopped by the sandbox:", error.Message);
        Assert.IsType<StatementsCountOverflowException>(error.InnerException);
    }

    [Fact]
    public void a_script_within_its_statement_limit_runs()
    {
        var engine = new JavaScriptEngine(new JavaScriptLimits { MaxStatements = 1_000 });

        Assert.Equal(45, engine.Evaluate("let n = 0; for (let i = 0; i < 10; i++) { n += i; } n", Scopes.Create())!.GetValue<double>());
    }

    [Fact]
    public void runaway_recursion_is_stopped()
    {
        var error = Assert.Throws<ExpressionException>(() => new JavaScriptEngine().Evaluate("function down(n) { return down(n + 1); } down(0)", Scopes.Create()));

        Assert.StartsWith("Script stopped by the sandbox:", error.Message);
        Assert.IsType<RecursionDepthOverflowException>(error.InnerException);
    }

    /// <summary>Found by the fuzz: these recursions bypass Jint's recursion limit and used to kill the process with a stack overflow.</summary>
    [Theory]
    [InlineData("const p = new Proxy({}, { get: (t, k) => p[k] }); p.x")]
    [InlineData("const o = { toString() { return '' + o; } }; '' + o")]
    [InlineData("const o = { toString: () => '' + o }; '' + o")]
    [InlineData("const o = { valueOf() { return o + 1; } }; o + 1")]
    [InlineData("const o = { [Symbol.toPrimitive]: () => +o }; +o")]
    public void recursion_through_the_engine_itself_is_a_script_error_not_a_stack_overflow(string code)
    {
        var error = Assert.Throws<ExpressionException>(() => new JavaScriptEngine().Evaluate(code, Scopes.Create()));

        Assert.Contains("Maximum call stack size exceeded", error.Message);
    }

    [Fact]
    public void a_thrown_value_whose_description_loops_is_still_reported_as_a_script_error()
    {
        var error = Assert.Throws<ExpressionException>(() => new JavaScriptEngine().Evaluate("throw { toString() { while (true) {} } }", Scopes.Create()));

        Assert.StartsWith("Script error: a thrown value that cannot be shown", error.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "System is not defined")]
    [InlineData("importNamespace('System.IO')", "importNamespace is not defined")]
    [InlineData("require('fs')", "require is not defined")]
    public void no_dotnet_or_host_api_is_reachable(string code, string message)
    {
        var error = Assert.Throws<ExpressionException>(() => new JavaScriptEngine().Evaluate(code, Scopes.Create()));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void the_helpers_do_not_expose_their_dotnet_delegates()
    {
        var result = new JavaScriptEngine().Evaluate("[typeof now.Method, typeof now.Target, typeof variables.GetType].join()", Scopes.Create());

        Assert.Equal("undefined,undefined,undefined", result!.GetValue<string>());
    }
}
