using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Server.Hosting.Simulators;

namespace OnboardingBpm.Server.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// Bearer tokens from Okta (or its simulator), roles and segments from the token's groups, and the policies.
    /// Options are read lazily so the simulator's address and the tests' settings are seen.
    /// </summary>
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var simulated = SimulatorsService.IsSimulated(builder.Configuration, "Okta");
        builder.Services.AddOptions<AuthenticationSettings>()
            .Bind(builder.Configuration.GetSection(AuthenticationSettings.Section))
            .Validate(s => simulated || !string.IsNullOrWhiteSpace(s.Authority), "Authentication:Authority must name the Okta authorization server (https://{yourOktaDomain}/oauth2/default) when Integrations:Okta:Mode is Real.")
            .ValidateOnStart();
        builder.Services.Configure<GroupMapping>(builder.Configuration.GetSection(GroupMapping.Section));

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthenticationSettings>, SimulatorDirectory, TimeProvider, IOptions<GroupMapping>>((jwt, settings, directory, time, groups) =>
                Configure(jwt, settings.Value, simulated ? new Uri(directory.AddressOf("okta"), "oauth2/default").ToString() : settings.Value.Authority!, simulated, time, groups.Value));
        builder.Services.AddAuthorization(options => Policies.Add(options, builder.Configuration.GetSection(AuthenticationSettings.Section).Get<AuthenticationSettings>() ?? new AuthenticationSettings()));
        return builder;
    }

    private static void Configure(JwtBearerOptions jwt, AuthenticationSettings settings, string authority, bool simulated, TimeProvider time, GroupMapping groups)
    {
        jwt.Authority = authority;
        jwt.Audience = settings.Audience;

        // Only the loopback simulator is plain HTTP; a real Okta org is always HTTPS.
        jwt.RequireHttpsMetadata = !simulated;
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = time;
        jwt.TokenValidationParameters.NameClaimType = "sub";
        jwt.TokenValidationParameters.RoleClaimType = GrantClaims.Role;

        // Token lifetimes are checked on the app's clock, so a test that jumps 72 hours sees tokens expire as
        // production would.
        jwt.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var skew = parameters.ClockSkew;
            return expires is { } end && end > now - skew && (notBefore is not { } start || start <= now + skew);
        };
        jwt.Events = new JwtBearerEvents
        {
            // Browsers cannot set headers on a WebSocket: the hub's token comes in the query string.
            OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"].FirstOrDefault() is { Length: > 0 } token)
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                GrantClaims.Apply(context.Principal!, groups, settings.GroupsClaim);
                return Task.CompletedTask;
            },
        };
    }
}
