namespace OnboardingBpm.Integrations.Okta;

public sealed partial class OktaClient
{
    /// <summary>The group with exactly this name (Okta's <c>q</c> is a prefix search), or null.</summary>
    public async Task<OktaGroup?> FindGroupAsync(string name, CancellationToken cancellationToken = default)
    {
        var candidates = await ListAsync<OktaGroup>($"/api/v1/groups?q={Escape(name)}", cancellationToken);
        return candidates.FirstOrDefault(g => string.Equals(g.Profile.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Adds the user to the group; a member already is fine (the PUT is idempotent).</summary>
    public async Task AddToGroupAsync(string groupId, string userId, CancellationToken cancellationToken = default)
    {
        using var response = await http.PutAsync(Url($"/api/v1/groups/{Escape(groupId)}/users/{Escape(userId)}"), content: null, cancellationToken);
        await OktaFailure.EnsureSuccessAsync(response, cancellationToken);
    }

    public async Task RemoveFromGroupAsync(string groupId, string userId, CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync(Url($"/api/v1/groups/{Escape(groupId)}/users/{Escape(userId)}"), cancellationToken);
        await OktaFailure.EnsureSuccessAsync(response, cancellationToken);
    }

    public Task<IReadOnlyList<OktaUser>> GroupMembersAsync(string groupId, int pageSize = 200, CancellationToken cancellationToken = default) =>
        ListAsync<OktaUser>($"/api/v1/groups/{Escape(groupId)}/users?limit={pageSize}", cancellationToken);
}
