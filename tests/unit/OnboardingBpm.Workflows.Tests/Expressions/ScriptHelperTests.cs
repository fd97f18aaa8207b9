using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

/// <summary>Dates in variables are ISO 8601 texts; the helpers do the arithmetic on the engine's clock.</summary>
public sealed class ScriptHelperTests
{
    private readonly JavaScriptEngine engine = new();

    private string Run(string code) => engine.Evaluate(code, Scopes.Create())!.GetValue<string>();

    [Fact]
    public void now_is_the_engine_clock_in_iso_8601() =>
        Assert.Equal("2026-01-05T09:00:00.0000000+00:00", Run("now()"));

    [Fact]
    public void new_date_reads_the_engine_clock_too() =>
        Assert.Equal("2026-01-05T09:00:00.000Z", Run("new Date().toISOString()"));

    [Fact]
    public void add_days_and_hours_shift_a_date_and_keep_it_in_utc()
    {
        Assert.Equal("2026-01-08T09:00:00.0000000+00:00", Run("addDays(now(), 3)"));
        Assert.Equal("2026-01-05T08:00:00.0000000+00:00", Run("addHours('2026-01-05T10:00:00+02:00', 0)"));
        Assert.Equal("2026-01-04T21:00:00.0000000+00:00", Run("addHours(now(), -12)"));
    }

    [Fact]
    public void hours_between_two_dates_counts_fractions()
    {
        var hours = engine.Evaluate("hoursBetween('2026-01-05T09:00:00Z', addDays(now(), 3)) + hoursBetween(now(), '2026-01-05T09:30:00Z')", Scopes.Create());

        Assert.Equal(72.5, hours!.GetValue<double>());
    }

    [Fact]
    public void a_text_that_is_not_a_date_is_a_script_error_naming_it()
    {
        var error = Assert.Throws<ExpressionException>(() => engine.Evaluate("addDays('soon', 1)", Scopes.Create()));

        Assert.StartsWith("Script error:", error.Message);
        Assert.Contains("'soon' is not an ISO 8601 date", error.Message);
    }

    [Fact]
    public void a_script_can_catch_a_helper_error_and_fall_back() =>
        Assert.Equal("2026-01-06T09:00:00.0000000+00:00", Run("let due; try { due = addDays('soon', 1); } catch (e) { due = addDays(now(), 1); } due"));
}
