using System.Runtime.CompilerServices;
using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution (graphql-js <c>ExecutionContext</c>).</summary>
internal sealed partial class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<(FieldNode, FieldDefinition), IReadOnlyDictionary<string, object?>> _arguments = [];
    private readonly Dictionary<(ObjectType, IReadOnlyList<FieldNode>), OrderedDictionary<string, List<FieldNode>>> _subfields
        = new(SubfieldKeyComparer.Instance);

    public ExecutionContext(GraphQLSchema schema, Dictionary<string, FragmentDefinitionNode> fragments, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables, object? rootValue, IDictionary<string, object?> userContext,
        IServiceProvider? services, CancellationToken cancellationToken)
    {
        Schema = schema;
        Fragments = fragments;
        Operation = operation;
        Variables = variables;
        RootValue = rootValue;
        UserContext = userContext;
        Services = services;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IDictionary<string, object?> UserContext { get; }

    public IServiceProvider? Services { get; }

    public CancellationToken CancellationToken { get; }

    public List<GraphQLError> Errors
    {
        get
        {
            lock (_errors) return [.. _errors];
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors) _errors.Add(error);
    }

    /// <summary>Builds the context or returns the request errors (operation selection, variable coercion).</summary>
    public static ExecutionContext? Create(ExecutionRequest request, out IReadOnlyList<GraphQLError> errors)
    {
        var operation = OperationSelector.Select(request.Document, request.OperationName, out var selectError);
        if (operation is null)
        {
            errors = [selectError!];
            return null;
        }
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var d in request.Document.Definitions)
        {
            if (d is FragmentDefinitionNode f) fragments.TryAdd(f.Name.Value, f);
        }
        var variables = VariableCoercion.Coerce(request.Schema, operation, request.Variables, out errors);
        if (variables is null) return null;
        return new ExecutionContext(request.Schema, fragments, operation, variables, request.RootValue,
            request.UserContext ?? new Dictionary<string, object?>(), request.RequestServices, request.CancellationToken);
    }

    /// <summary>A fresh context (no errors, same inputs) to execute one subscription event.</summary>
    public ExecutionContext ForEvent() => new(Schema, Fragments, Operation, Variables, RootValue, UserContext, Services, CancellationToken);

    /// <summary>The root fields of the operation for <paramref name="rootType"/>.</summary>
    public OrderedDictionary<string, List<FieldNode>> CollectRootFields(ObjectType rootType)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        FieldCollector.Collect(Schema, Fragments, Variables, rootType, Operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        return fields;
    }

    /// <summary>graphql-js <c>collectSubfields</c>, memoized per (type, field nodes) so list items share one collection.</summary>
    public OrderedDictionary<string, List<FieldNode>> CollectSubfields(ObjectType type, IReadOnlyList<FieldNode> fieldNodes)
    {
        lock (_subfields)
        {
            if (_subfields.TryGetValue((type, fieldNodes), out var cached)) return cached;
        }
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null) FieldCollector.Collect(Schema, Fragments, Variables, type, node.SelectionSet, fields, visited);
        }
        lock (_subfields) _subfields[(type, fieldNodes)] = fields;
        return fields;
    }

    /// <summary>graphql-js <c>getFieldDef</c>: the meta fields first, then the type's own field.</summary>
    public FieldDefinition? GetFieldDefinition(ObjectType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename") return MetaFields.TypeName;
            if (ReferenceEquals(parentType, Schema.QueryType))
            {
                if (name == "__schema") return MetaFields.Schema;
                if (name == "__type") return MetaFields.Type;
            }
        }
        return parentType.GetField(name);
    }

    private sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType, IReadOnlyList<FieldNode>)>
    {
        public static SubfieldKeyComparer Instance { get; } = new();

        public bool Equals((ObjectType, IReadOnlyList<FieldNode>) x, (ObjectType, IReadOnlyList<FieldNode>) y)
            => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, IReadOnlyList<FieldNode>) obj)
            => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
