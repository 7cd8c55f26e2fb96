using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities.Sdl;

/// <summary>
/// Builds the type model from a validated SDL document, as graphql-js's <c>buildASTSchema</c> (<c>extendSchemaImpl</c>)
/// does: type definitions merged with their extensions in document order, default values coerced, deprecation,
/// <c>@specifiedBy</c> and <c>@oneOf</c> read from directives, custom directives first and then the specified ones.
/// </summary>
internal sealed partial class AstSchemaBuilder
{
    private readonly DocumentNode _document;
    private readonly IReadOnlyDictionary<string, ScalarCoercer> _scalarCoercers;
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<TypeDefinitionNode> _typeDefs = [];
    private readonly List<DirectiveDefinitionNode> _directiveDefs = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private SchemaDefinitionNode? _schemaDef;

    private AstSchemaBuilder(DocumentNode document, IReadOnlyDictionary<string, ScalarCoercer> scalarCoercers)
    {
        _document = document;
        _scalarCoercers = scalarCoercers;
    }

    /// <summary>Builds the schema (the document must have passed <see cref="SdlValidator"/>).</summary>
    public static GraphQLSchema Build(DocumentNode document, IReadOnlyDictionary<string, ScalarCoercer> scalarCoercers)
        => new AstSchemaBuilder(document, scalarCoercers).Build();

    private GraphQLSchema Build()
    {
        foreach (var def in _document.Definitions)
        {
            switch (def)
            {
                case SchemaDefinitionNode s: _schemaDef = s; break;
                case SchemaExtensionNode e: _schemaExtensions.Add(e); break;
                case TypeDefinitionNode t: _typeDefs.Add(t); break;
                case TypeExtensionNode e:
                    if (!_extensions.TryGetValue(e.Name.Value, out var list)) _extensions[e.Name.Value] = list = [];
                    list.Add(e);
                    break;
                case DirectiveDefinitionNode d: _directiveDefs.Add(d); break;
            }
        }
        // First create every type (so references resolve), then fill fields, interfaces, members and values.
        foreach (var def in _typeDefs)
        {
            var name = def.Name.Value;
            _typeMap[name] = StandardType(name) ?? CreateType(def);
        }
        foreach (var def in _typeDefs)
        {
            var type = _typeMap[def.Name.Value];
            if (ReferenceEquals(StandardType(def.Name.Value), type)) continue;
            Complete(type, def);
        }

        var directives = new List<DirectiveDefinition>();
        foreach (var d in _directiveDefs) directives.Add(BuildDirective(d));
        CoerceDefaults(directives);
        foreach (var specified in DirectiveDefinition.Specified)
        {
            if (!directives.Exists(d => d.Name == specified.Name)) directives.Add(specified);
        }

        NamedType? query = null, mutation = null, subscription = null;
        var operationNodes = new List<OperationTypeDefinitionNode>();
        if (_schemaDef is not null) operationNodes.AddRange(_schemaDef.OperationTypes);
        foreach (var e in _schemaExtensions) operationNodes.AddRange(e.OperationTypes);
        foreach (var op in operationNodes)
        {
            var t = GetNamedType(op.Type);
            switch (op.Operation)
            {
                case OperationType.Query: query = t; break;
                case OperationType.Mutation: mutation = t; break;
                case OperationType.Subscription: subscription = t; break;
            }
        }
        if (_schemaDef is null)
        {
            // graphql-js: without a schema definition the conventional names win (even over `extend schema`).
            foreach (var t in OrderedTypes())
            {
                switch (t.Name)
                {
                    case "Query": query = t; break;
                    case "Mutation": mutation = t; break;
                    case "Subscription": subscription = t; break;
                }
            }
        }
        return new GraphQLSchema(query, mutation, subscription, OrderedTypes(), directives, _schemaDef?.Description?.Value)
        {
            AstNode = _schemaDef,
            ExtensionAstNodes = _schemaExtensions,
        };
    }

    private List<NamedType> OrderedTypes()
    {
        var list = new List<NamedType>(_typeMap.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var def in _typeDefs)
        {
            if (seen.Add(def.Name.Value)) list.Add(_typeMap[def.Name.Value]);
        }
        return list;
    }

    private static NamedType? StandardType(string name)
    {
        var scalar = ScalarType.FindSpecified(name);
        if (scalar is not null) return scalar;
        foreach (var t in IntrospectionTypes.All)
        {
            if (t.Name == name) return t;
        }
        return null;
    }

    private NamedType GetNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        return StandardType(name) ?? _typeMap.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"Unknown type: \"{name}\".");
    }

    private GraphQLType GetWrappedType(TypeNode node) => node switch
    {
        ListTypeNode l => new ListType(GetWrappedType(l.Type)),
        NonNullTypeNode nn => new NonNullType(GetWrappedType(nn.Type)),
        NamedTypeNode n => GetNamedType(n),
        _ => throw new InvalidOperationException("Unexpected type node."),
    };

    private List<TypeExtensionNode> ExtensionsOf(string name) => _extensions.GetValueOrDefault(name) ?? [];
}
