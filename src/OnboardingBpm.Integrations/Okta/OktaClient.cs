using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Caching;

namespace OnboardingBpm.Integrations.Okta;

/// <summary>
/// The Okta management API: users (find or create, lookups cached, lifecycle) and group membership.
/// Writes are safe to repeat: an existing login is found instead of created, activating an active user
/// and adding a member twice are no-ops, so a workflow retry never duplicates anything.
/// </summary>
public sealed partial class OktaClient(HttpClient http, IOptionsMonitor<OktaOptions> options, IntegrationCache cache)
{
    public const string Vendor = "okta";
    public const string TokenClientName = "okta-token";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Creates the user, or finds it when its login exists already (E0000001): "find or create".</summary>
    public async Task<OktaCreatedUser> CreateUserAsync(OktaNewUser user, bool activate = false, CancellationToken cancellationToken = default)
    {
        var body = new { profile = new { firstName = user.FirstName, lastName = user.LastName, email = user.Email, login = user.EffectiveLogin } };
        using var response = await http.PostAsJsonAsync(Url($"/api/v1/users?activate={(activate ? "true" : "false")}"), body, Json, cancellationToken);
        if (await OktaFailure.ReadAsync(response, cancellationToken) is { } failure)
        {
            if (!failure.IsDuplicateLogin)
            {
                throw failure.ToException();
            }

            var existing = await FetchUserAsync(user.EffectiveLogin, cancellationToken)
                ?? throw failure.ToException();
            return new OktaCreatedUser(existing, Created: false);
        }

        var created = await ReadAsync<OktaUser>(response, cancellationToken);
        await RememberAsync(created, cancellationToken);
        return new OktaCreatedUser(created, Created: true);
    }

    /// <summary>A user by id or login, through the read cache (stale when Okta cannot answer); null when Okta has no such user.</summary>
    public async Task<CachedRead<OktaUser>?> GetUserAsync(string idOrLogin, CancellationToken cancellationToken = default)
    {
        try
        {
            return await cache.ReadAsync(UserKey(idOrLogin), async ct => await FetchUserAsync(idOrLogin, ct) ?? throw new UserNotFound(), cancellationToken);
        }
        catch (UserNotFound)
        {
            return null;
        }
    }

    /// <summary>Activates without Okta sending the email; returns the activation link, or null when the user was active already (E0000016).</summary>
    public async Task<OktaActivation?> ActivateAsync(string userId, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsync(Url($"/api/v1/users/{Escape(userId)}/lifecycle/activate?sendEmail=false"), content: null, cancellationToken);
        await ForgetAsync(userId, cancellationToken);
        if (await OktaFailure.ReadAsync(response, cancellationToken) is { } failure)
        {
            return failure.Code == OktaErrorCodes.AlreadyActive ? null : throw failure.ToException();
        }

        return await ReadAsync<OktaActivation>(response, cancellationToken);
    }

    public async Task DeactivateAsync(string userId, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsync(Url($"/api/v1/users/{Escape(userId)}/lifecycle/deactivate?sendEmail=false"), content: null, cancellationToken);
        await ForgetAsync(userId, cancellationToken);
        await OktaFailure.EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Users matching an Okta filter (<c>profile.login eq "a@b.com"</c>), following the <c>Link: rel="next"</c> pages.</summary>
    public Task<IReadOnlyList<OktaUser>> FindUsersAsync(string filter, int pageSize = 200, CancellationToken cancellationToken = default) =>
        ListAsync<OktaUser>($"/api/v1/users?filter={Escape(filter)}&limit={pageSize}", cancellationToken);

    /// <summary>
    /// The onboarding step: find or create the user, activate a STAGED (or deactivated) one without the
    /// activation email, and add it to <paramref name="groupName"/>. Every step is idempotent.
    /// </summary>
    public async Task<OktaProvisionedUser> ProvisionUserAsync(OktaNewUser user, string groupName, CancellationToken cancellationToken = default)
    {
        // The group first: a missing group is a configuration error and must not leave a user half-provisioned.
        var group = await FindGroupAsync(groupName, cancellationToken)
            ?? throw new Resilience.IntegrationException(Vendor, $"group '{groupName}' does not exist", HttpStatusCode.NotFound, OktaErrorCodes.NotFound);

        var (found, created) = await CreateUserAsync(user, activate: false, cancellationToken);
        if (found.Status is OktaUserStatus.Staged or OktaUserStatus.Deprovisioned)
        {
            await ActivateAsync(found.Id, cancellationToken);
            found = await FetchUserAsync(found.Id, cancellationToken) ?? found;
        }

        await AddToGroupAsync(group.Id, found.Id, cancellationToken);
        await RememberAsync(found, cancellationToken);
        return new OktaProvisionedUser(found, created, group.Id);
    }

    private async Task<OktaUser?> FetchUserAsync(string idOrLogin, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Url($"/api/v1/users/{Escape(idOrLogin)}"), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await OktaFailure.EnsureSuccessAsync(response, cancellationToken);
        return await ReadAsync<OktaUser>(response, cancellationToken);
    }

    private async Task RememberAsync(OktaUser user, CancellationToken cancellationToken)
    {
        await cache.PutAsync(UserKey(user.Id), user, cancellationToken);
        await cache.PutAsync(UserKey(user.Profile.Login), user, cancellationToken);
    }

    private Task ForgetAsync(string userId, CancellationToken cancellationToken) => cache.RemoveAsync(UserKey(userId), cancellationToken);

    private static string UserKey(string idOrLogin) => $"okta:user:{idOrLogin.ToLowerInvariant()}";

    private sealed class UserNotFound : Exception;
}
