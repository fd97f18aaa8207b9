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
