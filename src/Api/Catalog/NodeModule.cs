using StudyGraph.Api.Context;
using StudyGraph.Api.Relay;
using StudyGraph.Api.Schema;
using StudyGraph.Api.Sessions;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Catalog;

/// <summary>
/// <c>Query.node(id)</c> and the <c>Node</c> interface: any object by its global id, with the same access rules as
/// its own field (another learner's session is FORBIDDEN; users and goals only through their owner's fields).
/// </summary>
public sealed class NodeModule : IResolverModule
{
    private static readonly Dictionary<Type, string> TypeNames = new()
    {
        [typeof(Provider)] = "Provider",
        [typeof(Exam)] = "Exam",
        [typeof(TopicNode)] = "Topic",
        [typeof(QuestionNode)] = "Question",
        [typeof(SessionNode)] = "StudySession",
    };

    /// <summary>Other modules' node types by CLR type (users, goals), registered before the schema is built.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<Type, string> ExtraTypeNames { get; } = new();

    /// <summary>Other modules' node fetchers by schema type name.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, Func<ResolveFieldContext, string, ValueTask<object?>>> ExtraFetchers { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Register(SchemaBuilder schema)
    {
        schema.ResolveType("Node", (value, context, _) =>
            TypeNames.TryGetValue(value.GetType(), out var name) || ExtraTypeNames.TryGetValue(value.GetType(), out name)
                ? context.Schema.GetType(name) as ObjectType
                : null);
        schema.Root<object?>("Query", "node", async c =>
        {
            var id = c.GetArgument<string>("id");
            if (!GlobalId.TryDecode(id, out var type, out var raw)) return null;
            switch (type)
            {
                case "Provider":
                    return await CatalogLoaders.ProviderAsync(c, raw).ConfigureAwait(false);
                case "Exam":
                    return await CatalogLoaders.ExamAsync(c, raw).ConfigureAwait(false);
                case "Topic":
                    var slash = raw.IndexOf('/', StringComparison.Ordinal);
                    return slash < 0 ? null : await CatalogLoaders.TopicAsync(c, raw[..slash], raw[(slash + 1)..]).ConfigureAwait(false);
                case "Question":
                    return await CatalogLoaders.QuestionAsync(c, raw).ConfigureAwait(false) is { } q ? QuestionNode.Catalog(q) : null;
                case "StudySession":
                    var session = await c.GetRequiredService<ISessionRepository>().GetAsync(raw, c.CancellationToken).ConfigureAwait(false);
                    if (session is null) return null;
                    if (session.UserId != c.RequireViewer().UserId)
                        throw new GraphQLException("Forbidden: this study session belongs to another learner.", ErrorCodes.Forbidden);
                    return new SessionNode(session);
                default:
                    return ExtraFetchers.TryGetValue(type, out var fetch) ? await fetch(c, raw).ConfigureAwait(false) : null;
            }
        });
    }
}
