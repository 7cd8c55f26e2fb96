using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Errors;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Accounts;

/// <summary><c>bookmarkQuestion</c>: adds (or, with <c>bookmarked: false</c>, removes) a bookmark of the signed-in learner.</summary>
public sealed class BookmarkModule : IResolverModule
{
    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.Root("Mutation", "bookmarkQuestion", BookmarkAsync);
        schema.For<BookmarkPayload>("BookmarkQuestionPayload")
            .Field("question", p => p.Question)
            .Field("errors", p => p.Errors);
    }

    private static async ValueTask<BookmarkPayload> BookmarkAsync(ResolveFieldContext c)
    {
        var viewer = c.RequireViewer();
        var input = c.GetArgument<BookmarkQuestionInput>("input");
        var argument = input.QuestionId ?? "";
        var question = GlobalId.Parse(argument, "Question") is { Length: > 0 } id
            ? await c.GetRequiredService<IQuestionRepository>().GetAsync(id, c.CancellationToken).ConfigureAwait(false)
            : null;
        if (question is null) return new BookmarkPayload(null, [UserError.NotFound($"No question '{argument}'.")]);
        var bookmarks = c.GetRequiredService<IBookmarkRepository>();
        if (input.Bookmarked ?? true) await bookmarks.AddAsync(viewer.UserId, question.Id, null, c.CancellationToken).ConfigureAwait(false);
        else await bookmarks.RemoveAsync(viewer.UserId, question.Id, c.CancellationToken).ConfigureAwait(false);
        return new BookmarkPayload(QuestionNode.Catalog(question), []);
    }
}
