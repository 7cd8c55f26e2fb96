using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Execution;

/// <summary>Spec 6.4.1 <c>CoerceArgumentValues</c> (graphql-js <c>getArgumentValues</c>), including variables inside lists and objects.</summary>
public static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>
    /// The coerced arguments of a field or directive: absent arguments without a default are left out. Returns null and sets
    /// <paramref name="error"/> (located at the offending node) when an argument cannot be coerced.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(IReadOnlyList<ArgumentDefinition> definitions, IReadOnlyList<ArgumentNode> nodes,
        AstNode node, IReadOnlyDictionary<string, object?>? variables, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(nodes);
        error = null;
        if (definitions.Count == 0) return Empty;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var def in definitions)
        {
            ArgumentNode? argNode = null;
            foreach (var n in nodes)
            {
                if (n.Name.Value == def.Name) { argNode = n; break; }
            }
            if (argNode is null)
            {
                if (def.HasDefaultValue) coerced[def.Name] = def.DefaultValue;
                else if (def.Type is NonNullType)
                {
                    error = GraphQLError.At($"Argument \"{def.Name}\" of required type \"{def.Type}\" was not provided.", node);
                    return null;
                }
                continue;
            }
            var valueNode = argNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var varName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(varName, out var varValue))
                {
                    if (def.HasDefaultValue) coerced[def.Name] = def.DefaultValue;
                    else if (def.Type is NonNullType)
                    {
                        error = GraphQLError.At($"Argument \"{def.Name}\" of required type \"{def.Type}\" was provided the variable \"${varName}\" which was not provided a runtime value.", valueNode);
                        return null;
                    }
                    continue;
                }
                isNull = varValue is null;
            }
            if (isNull && def.Type is NonNullType)
            {
                error = GraphQLError.At($"Argument \"{def.Name}\" of non-null type \"{def.Type}\" must not be null.", valueNode);
                return null;
            }
            if (!ValueFromAst.TryCoerce(valueNode, def.Type, variables, out var value))
            {
                error = GraphQLError.At($"Argument \"{def.Name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
                return null;
            }
            coerced[def.Name] = value;
        }
        return coerced;
    }
}
