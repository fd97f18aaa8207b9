using OnboardingBpm.Onboarding.Privacy;

namespace OnboardingBpm.Onboarding.Tests.Privacy;

public sealed class PersonalDataProtectorTests
{
    private readonly string indexKey = TestKeys.NewKey();
    private readonly string oldKey = TestKeys.NewKey();
    private readonly string newKey = TestKeys.NewKey();

    [Fact]
    public void a_protected_value_reads_back_and_never_shows_the_plaintext()
    {
        var protector = TestKeys.Protector("k1", indexKey, ("k1", oldKey));

        var first = protector.Protect("dana@acme.example");
        var second = protector.Protect("dana@acme.example");

        Assert.Equal("dana@acme.example", protector.Unprotect(first));
        Assert.DoesNotContain("dana", first);
        Assert.NotEqual(first, second);
        var bytes = Convert.FromBase64String(first);
        Assert.Equal(1, bytes[0]);
        Assert.Equal("k1", System.Text.Encoding.UTF8.GetString(bytes, 2, bytes[1]));
        Assert.Equal(2 + 2 + 12 + 16 + "dana@acme.example".Length, bytes.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(-1)]
    public void a_tampered_byte_anywhere_after_the_version_fails_the_integrity_check(int position)
    {
        var protector = TestKeys.Protector("k1", indexKey, ("k1", oldKey));
        var bytes = Convert.FromBase64String(protector.Protect("Dana Scully"));
        var index = position switch { -1 => bytes.Length - 1, 0 => 2, _ => position };
        bytes[index] ^= 0x01;

        var error = Assert.ThrowsAny<Exception>(() => protector.Unprotect(Convert.ToBase64String(bytes)));

        Assert.IsType<PersonalDataException>(error);
        Assert.DoesNotContain("Dana", error.Message);
    }

    [Fact]
    public void a_value_under_a_key_that_is_not_configured_fails_naming_the_key()
    {
        var retired = TestKeys.Protector("2025-q4", indexKey, ("2025-q4", oldKey)).Protect("Dana Scully");
        var current = TestKeys.Protector("2026-q1", indexKey, ("2026-q1", newKey));

        var error = Assert.Throws<PersonalDataException>(() => current.Unprotect(retired));

        Assert.Contains("'2025-q4'", error.Message);
        Assert.Contains("Privacy:Keys", error.Message);
    }

    [Fact]
    public void after_rotation_old_values_still_read_and_new_values_use_the_new_active_key()
    {
        var before = TestKeys.Protector("old", indexKey, ("old", oldKey)).Protect("+1 555 0100");
        var rotated = TestKeys.Protector("new", indexKey, ("old", oldKey), ("new", newKey));

        var after = rotated.Protect("+1 555 0199");

        Assert.Equal("+1 555 0100", rotated.Unprotect(before));
        Assert.Equal("+1 555 0199", TestKeys.Protector("new", indexKey, ("new", newKey)).Unprotect(after));
        Assert.Throws<PersonalDataException>(() => TestKeys.Protector("old", indexKey, ("old", oldKey)).Unprotect(after));
    }

    [Fact]
    public void the_same_key_id_with_other_key_bytes_fails_instead_of_returning_garbage()
    {
        var value = TestKeys.Protector("k1", indexKey, ("k1", oldKey)).Protect("Dana");

        Assert.Throws<PersonalDataException>(() => TestKeys.Protector("k1", indexKey, ("k1", newKey)).Unprotect(value));
    }

    [Fact]
    public void the_email_index_ignores_case_and_spaces_and_depends_on_the_index_key_only()
    {
        var protector = TestKeys.Protector("k1", indexKey, ("k1", oldKey));
        var rotated = TestKeys.Protector("k2", indexKey, ("k2", newKey));
        var otherIndexKey = TestKeys.Protector("k1", TestKeys.NewKey(), ("k1", oldKey));

        Assert.Equal(protector.EmailIndex("dana@acme.example"), protector.EmailIndex("  Dana@ACME.example "));
        Assert.Equal(protector.EmailIndex("dana@acme.example"), rotated.EmailIndex("dana@acme.example"));
        Assert.NotEqual(protector.EmailIndex("dana@acme.example"), protector.EmailIndex("fox@acme.example"));
        Assert.NotEqual(protector.EmailIndex("dana@acme.example"), otherIndexKey.EmailIndex("dana@acme.example"));
        Assert.Null(protector.EmailIndex(" "));
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("AgJrMQ==")]
    [InlineData("AQJrMQ==")]
    public void a_value_that_is_not_a_protected_value_fails_clearly(string value)
    {
        var protector = TestKeys.Protector("k1", indexKey, ("k1", oldKey));

        Assert.Throws<PersonalDataException>(() => protector.Unprotect(value));
    }
}
