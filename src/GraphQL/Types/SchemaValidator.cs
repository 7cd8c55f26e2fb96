using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>
/// Type-system validation (the specification's "Type Validation" sub-sections, as graphql-js's <c>validateSchema</c>):
/// root types, directive definitions, names, fields, arguments, interface implementation (transitive included),
/// union members, enum values, input fields, <c>@oneOf</c> rules and non-null input cycles. Every problem is reported.
/// </summary>
public sealed partial class SchemaValidator
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(GraphQLSchema schema) => _schema = schema;

    /// <summary>Every problem of <paramref name="schema"/>, in graphql-js's order; empty when valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        var v = new SchemaValidator(schema);
        v.ValidateRootTypes();
        v.ValidateDirectives();
        v.ValidateTypes();
        return v._errors;
    }

    private void Report(string message, IEnumerable<AstNode?> nodes) => _errors.Add(GraphQLError.At(message, [.. nodes]));

    private void Report(string message, params ReadOnlySpan<AstNode?> nodes) => _errors.Add(GraphQLError.At(message, nodes));

    private void ValidateRootTypes()
    {
        var query = _schema.DeclaredQueryType;
        if (query is null) Report("Query root type must be provided.", _schema.AstNode);
        else if (query is not ObjectType)
            Report($"Query root type must be Object type, it cannot be {query}.", OperationTypeNode(OperationType.Query) ?? (AstNode?)query.AstNode);
        var mutation = _schema.DeclaredMutationType;
        if (mutation is not null and not ObjectType)
            Report($"Mutation root type must be Object type if provided, it cannot be {mutation}.", OperationTypeNode(OperationType.Mutation) ?? (AstNode?)mutation.AstNode);
        var subscription = _schema.DeclaredSubscriptionType;
        if (subscription is not null and not ObjectType)
            Report($"Subscription root type must be Object type if provided, it cannot be {subscription}.", OperationTypeNode(OperationType.Subscription) ?? (AstNode?)subscription.AstNode);
    }

    private NamedTypeNode? OperationTypeNode(OperationType operation)
    {
        var lists = new List<IReadOnlyList<OperationTypeDefinitionNode>>();
        if (_schema.AstNode is not null) lists.Add(_schema.AstNode.OperationTypes);
        foreach (var e in _schema.ExtensionAstNodes) lists.Add(e.OperationTypes);
        foreach (var list in lists)
        {
            foreach (var op in list)
            {
                if (op.Operation == operation) return op.Type;
            }
        }
        return null;
    }

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0) Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode);
                if (!arg.Type.IsInputType)
                    Report($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode);
                if (arg.IsRequired && arg.DeprecationReason is not null)
                    Report($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.", DeprecatedNode(arg.AstNode), arg.AstNode?.Type);
            }
        }
    }

    private void ValidateName(string name, AstNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
    }

    private static DirectiveNode? DeprecatedNode(InputValueDefinitionNode? node)
    {
        if (node is null) return null;
        foreach (var d in node.Directives)
        {
            if (d.Name.Value == "deprecated") return d;
        }
        return null;
    }

    private void ValidateTypes()
    {
        var cycles = new InputCycleDetector(this);
        foreach (var type in _schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionTypeName(type.Name)) ValidateName(type.Name, type.AstNode);
            switch (type)
            {
                case ComplexType c:
                    ValidateFields(c);
                    ValidateInterfaces(c);
                    break;
                case UnionType u:
                    ValidateUnionMembers(u);
                    break;
                case EnumType e:
                    ValidateEnumValues(e);
                    break;
                case InputObjectType io:
                    ValidateInputFields(io);
                    cycles.Detect(io);
                    break;
            }
        }
    }

    private static IEnumerable<AstNode?> WithExtensions(NamedType type)
    {
        yield return type.AstNode;
        foreach (var e in type.ExtensionAstNodes) yield return e;
    }
}
