using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.Features.KnowledgeBase;

public static class KnowledgeBaseEndpoints
{
    public static void MapKnowledgeBase(this IEndpointRouteBuilder app)
    {
        var kb = app.MapGroup("/api/kb").WithTags("Knowledge base");
        kb.MapGet("/", ListArticles.HandleAsync).WithName("ListArticles").RequireAuthorization(Policies.AnyRole);
        kb.MapGet("/{articleId}", GetArticle.HandleAsync).WithName("GetArticle").RequireAuthorization(Policies.AnyRole);
        kb.MapPost("/{articleId}/versions", PublishArticleVersion.HandleAsync).WithName("PublishArticleVersion").RequireAuthorization(Policies.PublishKnowledge);
    }
}
