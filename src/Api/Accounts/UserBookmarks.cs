using StudyGraph.Api.Catalog;
using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Accounts;

/// <summary><c>User.bookmarks</c>: the user's bookmarked questions, newest first, paged forward through <see cref="IBookmarkRepository"/>.</summary>
public static class UserBookmarks
{
    /// <summary>
    /// One page of <paramref name="userId"/>'s bookmarks (<c>first</c>/<c>after</c>; default 10, at most 50). The bookmark
    /// store pages forward only, so <c>last</c>/<c>before</c> are refused with <c>VALIDATION</c>. A bookmarked question
    /// removed from the catalog since is left out of the page.
    /// </summary>
    public static async ValueTask<Connection<QuestionNode>> ListAsync(ResolveFieldContext context, string userId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paging = PagingArguments.From(context);
        if (paging.FromEnd || paging.Before is not null)
            throw new GraphQLException("Bookmarks page forward only: use `first` and `after`.", ErrorCodes.Validation);
        var bookmarks = context.GetRequiredService<IBookmarkRepository>();
        if (paging.Size == 0)
        {
            var probe = await bookmarks.ListAsync(userId, new PageRequest(1, paging.After), context.CancellationToken).ConfigureAwait(false);
            return new Connection<QuestionNode>([], [], probe.Items.Count > 0, paging.After is not null, _ => ValueTask.FromResult((long)probe.TotalCount));
        }
        var page = await bookmarks.ListAsync(userId, new PageRequest(paging.Size, paging.After), context.CancellationToken).ConfigureAwait(false);
        var ids = new string[page.Items.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = page.Items[i].QuestionId;
        var found = await context.GetRequiredService<IQuestionRepository>().GetManyAsync(ids, context.CancellationToken).ConfigureAwait(false);
        var byId = new Dictionary<string, Question>(found.Count, StringComparer.Ordinal);
        foreach (var q in found) byId[q.Id] = q;
        var nodes = new List<QuestionNode>(ids.Length);
        var cursors = new List<string>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!byId.TryGetValue(ids[i], out var question)) continue;
            nodes.Add(QuestionNode.Catalog(question));
            cursors.Add(page.Cursors[i]);
        }
        var total = page.TotalCount;
        return new Connection<QuestionNode>(nodes, cursors, page.HasNextPage, paging.After is not null, _ => ValueTask.FromResult((long)total));
    }
}
