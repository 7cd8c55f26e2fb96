using StudyGraph.Api.Context;
using StudyGraph.GraphQL.Execution;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Api.Relay;

/// <summary>Runs a Relay page as one store query (keyset cursors from the store) plus a count when asked.</summary>
public static class DocumentConnections
{
    /// <summary>
    /// One page from <paramref name="find"/> (a repository's typed store query) for <paramref name="where"/> in
    /// <paramref name="order"/>; <paramref name="count"/> counts the whole list and runs only when totalCount is asked.
    /// </summary>
    public static async ValueTask<Connection<TNode>> FindAsync<TDocument, TNode>(
        Func<DocumentQuery, CancellationToken, ValueTask<TypedPage<TDocument>>> find, Func<CancellationToken, ValueTask<long>> count,
        DocumentFilter? where, IReadOnlyList<SortKey> order, PagingArguments paging, Func<TDocument, TNode> map, CancellationToken ct)
    {
        TypedPage<TDocument> page;
        try
        {
            page = await find(new DocumentQuery
            {
                Where = where,
                Order = order,
                Limit = Math.Max(1, paging.Size),
                After = paging.After,
                Before = paging.Before,
                FromEnd = paging.FromEnd,
            }, ct).ConfigureAwait(false);
        }
        catch (InvalidCursorException e)
        {
            throw new GraphQLException("The cursor is not valid for this list (it may belong to another list or order): " + e.Message, ErrorCodes.Validation);
        }
        if (paging.Size == 0)
        {
            // first: 0 asks only for page info and the total.
            return new Connection<TNode>([], [], paging.FromEnd ? page.HasNextPage : page.Items.Count > 0, paging.FromEnd && page.Items.Count > 0, count);
        }
        var items = new TNode[page.Items.Count];
        for (var i = 0; i < items.Length; i++) items[i] = map(page.Items[i]);
        return new Connection<TNode>(items, page.Cursors, page.HasNextPage, page.HasPreviousPage, count);
    }
}
