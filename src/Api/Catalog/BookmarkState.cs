using StudyGraph.Api.Context;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Catalog;

/// <summary>Whether the viewer bookmarked a question (false for anonymous requests).</summary>
public static class BookmarkState
{
    /// <summary>True when the signed-in learner bookmarked <paramref name="questionId"/>.</summary>
    public static ValueTask<bool> IsBookmarkedAsync(ResolveFieldContext context, string questionId)
    {
        if (context.Viewer() is null) return ValueTask.FromResult(false);
        // The bookmark store lands with the storage adapters; until then nothing is bookmarked.
        _ = questionId;
        return ValueTask.FromResult(false);
    }
}
