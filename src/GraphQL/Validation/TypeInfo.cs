using StudyGraph.GraphQL.Introspection;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation;

/// <summary>
/// Tracks, while an AST is walked, the schema element at the current position: the parent composite type,
/// the output type, the field definition, the expected input type, the argument, the directive, the default
/// value of the input position and the enum value (graphql-js's <c>TypeInfo</c>). Call <see cref="Enter"/> and
/// <see cref="Leave"/> for each node in walk order, or wrap a visitor in <see cref="TypeInfoVisitor"/>.
/// </summary>
public sealed partial class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<InputDefault> _defaultValueStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];

    /// <summary>Creates a tracker for <paramref name="schema"/>.</summary>
    public TypeInfo(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type at the current position (a field's type, a fragment's or operation's type), or null when unknown.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked, or null when unknown.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value position, or null when unknown.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the enclosing value position (the list or input object holding the current value), or null.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    /// <summary>The field definition being walked, or null when unknown.</summary>
    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>Whether the current input position (argument or input field) declares a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1].Has;

    /// <summary>The default value of the current input position when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1].Value : null;

    /// <summary>The directive being walked, or null.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument definition being walked, or null.</summary>
    public ArgumentDefinition? Argument { get; private set; }

    /// <summary>The enum value being walked, or null.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the tracker on entering <paramref name="node"/>.</summary>
    public void Enter(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                {
                    var named = Type?.GetNamedType();
                    _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                    break;
                }
            case FieldNode field:
                {
                    var parent = ParentType;
                    var def = parent is null ? null : GetFieldDef(_schema, parent, field.Name.Value);
                    _fieldDefStack.Add(def);
                    _typeStack.Add(def is { Type.IsOutputType: true } ? def.Type : null);
                    break;
                }
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                {
                    var t = inline.TypeCondition is null ? Type?.GetNamedType() : TypeFromAst.Get(_schema, inline.TypeCondition);
                    _typeStack.Add(t is { IsOutputType: true } ? t : null);
                    break;
                }
            case FragmentDefinitionNode fragment:
                {
                    var t = TypeFromAst.Get(_schema, fragment.TypeCondition);
                    _typeStack.Add(t is { IsOutputType: true } ? t : null);
                    break;
                }
            case VariableDefinitionNode variable:
                {
                    var t = TypeFromAst.Get(_schema, variable.Type);
                    _inputTypeStack.Add(t is { IsInputType: true } ? t : null);
                    break;
                }
            default:
                EnterValue(node);
                break;
        }
    }

    /// <summary>Updates the tracker on leaving <paramref name="node"/>.</summary>
    public void Leave(AstNode node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of field <paramref name="name"/> on <paramref name="parentType"/>, including the meta-fields
    /// <c>__schema</c> and <c>__type</c> (on the query type) and <c>__typename</c> (on any composite type).
    /// </summary>
    public static FieldDefinition? GetFieldDef(GraphQLSchema schema, NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__schema" && ReferenceEquals(schema.QueryType, parentType)) return MetaFields.Schema;
            if (name == "__type" && ReferenceEquals(schema.QueryType, parentType)) return MetaFields.Type;
            if (name == "__typename" && parentType.IsCompositeType) return MetaFields.TypeName;
        }
        return parentType is ComplexType c ? c.GetField(name) : null;
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }

    private readonly record struct InputDefault(bool Has, object? Value);
}
