namespace OnboardingBpm.Server.Features.BrowserApp;

/// <summary>
/// The browser app (src/OnboardingBpm.Web, built into <c>wwwroot</c>): its files and its client routes are anonymous,
/// as the app is what signs the user in. Only paths outside the server's own areas fall back to index.html, so an
/// unknown <c>/api</c> path keeps the API's answer instead of becoming a page.
/// </summary>
public static class BrowserAppEndpoints
{
    /// <summary>Client routes: no file extension and none of the server's prefixes.</summary>
    public const string FallbackPattern = "{*path:nonfile:regex(^(?!(api|hubs|workflows|dev|openapi|health|survey|app-config)(/|$)).*$)}";

    /// <summary>Hashed bundles never change under their name; index.html must always be fetched again.</summary>
    public static WebApplication UseBrowserApp(this WebApplication app)
    {
        // "/" has no catch-all value for the fallback's constraints to accept: it is served as the default file.
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        return app;
    }

    public static void MapBrowserApp(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app-config.json", AppConfig.Handle).WithName("AppConfig").WithTags("Browser app").AllowAnonymous();
        app.MapFallbackToFile(FallbackPattern, "index.html", new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        }).AllowAnonymous();
    }
}
