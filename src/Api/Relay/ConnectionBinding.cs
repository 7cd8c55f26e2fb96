using StudyGraph.Api.Schema;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Relay;

/// <summary>Binds a connection type and its edge type to <see cref="Connection{T}"/>.</summary>
public static class ConnectionBinding
{
    /// <summary>Binds <paramref name="connectionType"/> (pageInfo, edges, nodes, totalCount) and <paramref name="edgeType"/> (cursor, node).</summary>
    public static void Bind<T>(SchemaBuilder schema, string connectionType, string edgeType)
    {
        schema.For<Connection<T>>(connectionType)
            .Field("pageInfo", c => new PageInfo(c.HasNextPage, c.HasPreviousPage,
                c.Cursors.Count > 0 ? c.Cursors[0] : null, c.Cursors.Count > 0 ? c.Cursors[^1] : null))
            .Field("edges", c =>
            {
                var edges = new Edge<T>[c.Nodes.Count];
                for (var i = 0; i < edges.Length; i++) edges[i] = new Edge<T>(c.Cursors[i], c.Nodes[i]);
                return edges;
            })
            .Field("nodes", c => c.Nodes)
            .FieldAsync("totalCount", async (c, ctx) => checked((int)await c.CountAsync(ctx.CancellationToken).ConfigureAwait(false)));
        schema.For<Edge<T>>(edgeType)
            .Field("cursor", e => e.Cursor)
            .Field("node", e => e.Node);
    }
}
