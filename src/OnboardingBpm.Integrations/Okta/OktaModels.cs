namespace OnboardingBpm.Integrations.Okta;

/// <summary>An Okta user as the management API returns it (the fields workflows use).</summary>
public sealed record OktaUser(string Id, string Status, DateTimeOffset? Created, DateTimeOffset? Activated, DateTimeOffset? StatusChanged, DateTimeOffset? LastUpdated, OktaUserProfile Profile);

public sealed record OktaUserProfile(string Login, string? Email, string? FirstName, string? LastName);

public sealed record OktaGroup(string Id, string Type, OktaGroupProfile Profile);

public sealed record OktaGroupProfile(string Name, string? Description);

/// <summary>Who to create; the login defaults to the email, as Okta's own forms do.</summary>
public sealed record OktaNewUser(string Email, string FirstName, string LastName, string? Login = null)
{
    public string EffectiveLogin => Login ?? Email;
}

/// <summary>The activation link Okta returns when it is asked not to send the email itself.</summary>
public sealed record OktaActivation(string? ActivationUrl, string? ActivationToken);

/// <summary>A user that was created now, or found because its login existed already.</summary>
public sealed record OktaCreatedUser(OktaUser User, bool Created);

public sealed record OktaProvisionedUser(OktaUser User, bool Created, string GroupId);

/// <summary>Okta's user statuses the client branches on.</summary>
public static class OktaUserStatus
{
    public const string Staged = "STAGED";
    public const string Provisioned = "PROVISIONED";
    public const string Active = "ACTIVE";
    public const string Deprovisioned = "DEPROVISIONED";
}
