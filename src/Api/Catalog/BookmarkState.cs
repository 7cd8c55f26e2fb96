using StudyGraph.Api.Context;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Catalog;

/// <summary>Whether the viewer bookmarked a question (false for anonymous requests).</summary>
public static class BookmarkState
{
    /// <summary>True when the signed-in learner bookmarked <paramref name="questionId"/>.</summary>
    public static ValueTask<bool> IsBookmarkedAsync(ResolveFieldContext context, string questionId)
    {
        if (context.Viewer() is not { } viewer) return ValueTask.FromResult(false);
        return context.GetRequiredService<IBookmarkRepository>().IsBookmarkedAsync(viewer.UserId, questionId, context.CancellationToken);
    }
}
