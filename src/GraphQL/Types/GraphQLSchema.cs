using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>
/// A schema: root operation types, every named type reachable from them (in graphql-js's type-map order,
/// introspection types included), and directives. Immutable once built; build one from SDL with
/// <c>SchemaBuilder</c>.
/// </summary>
public sealed partial class GraphQLSchema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly List<NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<InterfaceType, Implementations> _implementations = new();
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = new();

    /// <summary>Creates a schema and collects every type reachable from the roots, <paramref name="types"/> and the directives' arguments.</summary>
    /// <exception cref="InvalidOperationException">When two different types share a name.</exception>
    public GraphQLSchema(NamedType? query, NamedType? mutation = null, NamedType? subscription = null,
        IEnumerable<NamedType>? types = null, IReadOnlyList<DirectiveDefinition>? directives = null, string? description = null)
    {
        DeclaredQueryType = query;
        DeclaredMutationType = mutation;
        DeclaredSubscriptionType = subscription;
        Description = description;
        Directives = directives ?? DirectiveDefinition.Specified;

        // graphql-js: a Set seeded with the given types; each is removed and re-added with the types it references.
        var ordered = new OrderedTypeSet();
        if (types is not null)
        {
            foreach (var t in types) ordered.Add(t);
            foreach (var t in types)
            {
                ordered.Remove(t);
                Collect(t, ordered);
            }
        }
        if (query is not null) Collect(query, ordered);
        if (mutation is not null) Collect(mutation, ordered);
        if (subscription is not null) Collect(subscription, ordered);
        foreach (var d in Directives)
        {
            foreach (var a in d.Arguments) Collect(a.Type, ordered);
        }
        Collect(IntrospectionTypes.Schema, ordered);

        _types = ordered.ToList();
        _typeMap = new Dictionary<string, NamedType>(_types.Count, StringComparer.Ordinal);
        foreach (var t in _types)
        {
            if (_typeMap.TryGetValue(t.Name, out var existing) && !ReferenceEquals(existing, t))
                throw new InvalidOperationException($"Schema must contain uniquely named types but contains multiple types named \"{t.Name}\".");
            _typeMap[t.Name] = t;
        }
        _directivesByName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var d in Directives) _directivesByName.TryAdd(d.Name, d);
        BuildImplementations();
    }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The query root type, or null (only in an invalid schema).</summary>
    public ObjectType? QueryType => DeclaredQueryType as ObjectType;

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? MutationType => DeclaredMutationType as ObjectType;

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? SubscriptionType => DeclaredSubscriptionType as ObjectType;

    /// <summary>The types in type-map order (graphql-js's order, which introspection's <c>__schema.types</c> follows).</summary>
    public IReadOnlyList<NamedType> Types => _types;

    /// <summary>The directives: custom ones in definition order, then the specified ones not redefined.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The schema definition this was built from, or null.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    /// <summary>The schema extensions this was built from, in source order.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    // The roots as declared, whatever their kind: type-system validation reports non-object roots.
    internal NamedType? DeclaredQueryType { get; }

    internal NamedType? DeclaredMutationType { get; }

    internal NamedType? DeclaredSubscriptionType { get; }

    /// <summary>The type named <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>The directive named <paramref name="name"/>, or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of <paramref name="operation"/>, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    private static void Collect(GraphQLType type, OrderedTypeSet set)
    {
        var named = type.GetNamedType();
        if (!set.Add(named)) return;
        switch (named)
        {
            case UnionType u:
                foreach (var m in u.Types) Collect(m, set);
                break;
            case ComplexType c:
                foreach (var i in c.DeclaredInterfaces.Count > 0 ? c.DeclaredInterfaces : c.Interfaces) Collect(i, set);
                foreach (var f in c.Fields)
                {
                    Collect(f.Type, set);
                    foreach (var a in f.Arguments) Collect(a.Type, set);
                }
                break;
            case InputObjectType io:
                foreach (var f in io.Fields) Collect(f.Type, set);
                break;
        }
    }
}
