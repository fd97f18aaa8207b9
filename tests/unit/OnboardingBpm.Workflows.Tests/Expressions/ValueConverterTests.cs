using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Activities.ControlFlow;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Tests.Expressions;

/// <summary>The one place literals and expression results become the CLR types activities declare.</summary>
public sealed class ValueConverterTests
{
    private static string ErrorFor<T>(JsonNode? node)
    {
        Assert.False(ValueConverter.TryConvert(node, typeof(T), out _, out var error));
        return error!;
    }

    [Theory]
    [InlineData("\"PT72H\"", 72 * 60)]
    [InlineData("\"P3D\"", 3 * 24 * 60)]
    [InlineData("\"PT1H30M\"", 90)]
    [InlineData("\"1.02:00:00\"", 26 * 60)]
    public void durations_are_read_from_iso_8601_or_dotnet_text(string json, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), ValueConverter.Convert<TimeSpan>(JsonNode.Parse(json)));

    [Fact]
    public void a_duration_that_does_not_parse_says_what_form_is_expected()
    {
        Assert.Equal("expected an ISO 8601 duration such as PT72H, got the text \"3 days\"", ErrorFor<TimeSpan>(JsonValue.Create("3 days")));
        Assert.Equal("expected an ISO 8601 duration such as PT72H, got the number 72", ErrorFor<TimeSpan>(JsonNode.Parse("72")));
        Assert.Equal("expected an ISO 8601 duration such as PT72H, got nothing", ErrorFor<TimeSpan>(null));
    }

    [Fact]
    public void an_absent_optional_duration_is_null()
    {
        Assert.True(ValueConverter.TryConvert(null, typeof(TimeSpan?), out var value, out var error));
        Assert.Null(value);
        Assert.Null(error);
    }

    [Fact]
    public void dates_keep_their_offset_and_a_date_without_one_is_utc()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(2)), ValueConverter.Convert<DateTimeOffset>(JsonValue.Create("2026-01-05T09:00:00+02:00")));
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), ValueConverter.Convert<DateTimeOffset>(JsonValue.Create("2026-01-05T09:00:00")));
        Assert.Equal("expected an ISO 8601 date and time, got the text \"next monday\"", ErrorFor<DateTimeOffset>(JsonValue.Create("next monday")));
    }

    [Fact]
    public void integers_must_be_whole_numbers_that_fit()
    {
        Assert.Equal(42, ValueConverter.Convert<int>(JsonNode.Parse("42.0")));
        Assert.Equal("expected a whole number, got the number 2.5", ErrorFor<int>(JsonNode.Parse("2.5")));
        Assert.Equal("expected a whole number, got the number 3000000000", ErrorFor<int>(JsonNode.Parse("3000000000")));
        Assert.Equal(3_000_000_000L, ValueConverter.Convert<long>(JsonNode.Parse("3000000000")));
        Assert.Equal("expected a whole number, got the text \"42\"", ErrorFor<int>(JsonValue.Create("42")));
    }

    [Fact]
    public void numbers_built_in_code_convert_like_parsed_ones()
    {
        Assert.Equal(42, ValueConverter.Convert<int>(JsonValue.Create(42)));
        Assert.Equal(2.5, ValueConverter.Convert<double>(JsonValue.Create(2.5m)));
        Assert.Equal(7L, ValueConverter.Convert<long>(JsonValue.Create(7)));
    }

    [Fact]
    public void enums_match_their_names_ignoring_case_but_not_their_numbers()
    {
        Assert.Equal(JoinMode.WaitAny, ValueConverter.Convert<JoinMode>(JsonValue.Create("waitany")));
        Assert.Equal("expected one of WaitAll, WaitAny, got the text \"1\"", ErrorFor<JoinMode>(JsonValue.Create("1")));
        Assert.Equal("expected one of MatchFirst, MatchAny, got the number 0", ErrorFor<SwitchMode>(JsonNode.Parse("0")));
    }

    [Fact]
    public void booleans_accept_json_booleans_and_their_text()
    {
        Assert.True(ValueConverter.Convert<bool>(JsonNode.Parse("true")));
        Assert.False(ValueConverter.Convert<bool>(JsonValue.Create("False")));
        Assert.Equal("expected true or false, got the number 1", ErrorFor<bool>(JsonNode.Parse("1")));
    }

    [Fact]
    public void lists_of_texts_are_read_and_anything_else_is_rejected_with_a_preview()
    {
        Assert.Equal(["Approve", "Reject"], ValueConverter.Convert<IReadOnlyList<string>>(JsonNode.Parse("""["Approve","Reject"]""")));
        Assert.Equal("expected a list of texts, got the text \"Approve\"", ErrorFor<IReadOnlyList<string>>(JsonValue.Create("Approve")));
        Assert.Equal("expected a list of texts, got an array [1,2]", ErrorFor<IReadOnlyList<string>>(JsonNode.Parse("[1,2]")));
    }

    [Fact]
    public void a_long_value_is_cut_in_the_message()
    {
        var error = ErrorFor<IReadOnlyList<string>>(JsonValue.Create(new string('x', 100)));

        Assert.EndsWith("\"" + new string('x', 39) + "...", error);
    }

    [Fact]
    public void a_text_input_takes_any_scalar_as_its_json_text()
    {
        Assert.Equal("42", ValueConverter.Convert<string>(JsonNode.Parse("42")));
        Assert.Equal("expected a text, got an object {\"a\":1}", ErrorFor<string>(JsonNode.Parse("""{"a":1}""")));
    }
}
