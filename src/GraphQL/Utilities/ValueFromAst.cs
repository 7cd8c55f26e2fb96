using System.Globalization;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>
/// Coerces literals to internal values, as graphql-js's <c>valueFromAST</c> and <c>valueFromASTUntyped</c> do.
/// Input objects become <see cref="Dictionary{TKey,TValue}"/> (string keys, field order), lists <see cref="List{T}"/>.
/// </summary>
public static class ValueFromAst
{
    /// <summary>
    /// Coerces <paramref name="literal"/> to <paramref name="type"/>; false when the literal is invalid for the type
    /// (graphql-js returns undefined). Variables are taken from <paramref name="variables"/> (a missing one is invalid).
    /// </summary>
    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode v)
        {
            if (variables is null || !variables.TryGetValue(v.Name.Value, out var varValue)) return false;
            if (varValue is null && type is NonNullType) return false;
            value = varValue;
            return true;
        }
        if (type is NonNullType nn)
        {
            if (literal is NullValueNode) return false;
            return TryCoerce(literal, nn.OfType, variables, out value);
        }
        if (literal is NullValueNode) return true;
        switch (type)
        {
            case ListType list:
                {
                    if (literal is ListValueNode lv)
                    {
                        var items = new List<object?>(lv.Values.Count);
                        foreach (var itemNode in lv.Values)
                        {
                            if (IsMissingVariable(itemNode, variables))
                            {
                                if (list.OfType is NonNullType) return false;
                                items.Add(null);
                                continue;
                            }
                            if (!TryCoerce(itemNode, list.OfType, variables, out var item)) return false;
                            items.Add(item);
                        }
                        value = items;
                        return true;
                    }
                    if (!TryCoerce(literal, list.OfType, variables, out var single)) return false;
                    value = new List<object?> { single };
                    return true;
                }
            case InputObjectType io:
                {
                    if (literal is not ObjectValueNode ov) return false;
                    var byName = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
                    foreach (var f in ov.Fields) byName[f.Name.Value] = f;
                    var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var field in io.Fields)
                    {
                        if (!byName.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                        {
                            if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                            else if (field.Type is NonNullType) return false;
                            continue;
                        }
                        if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
                        result[field.Name] = fieldValue;
                    }
                    if (io.IsOneOf)
                    {
                        if (result.Count != 1) return false;
                        foreach (var kv in result)
                        {
                            if (kv.Value is null) return false;
                        }
                    }
                    value = result;
                    return true;
                }
            case ScalarType scalar:
                {
                    var r = scalar.ParseLiteral(literal, variables);
                    if (r.IsError) return false;
                    value = r.Value;
                    return true;
                }
            case EnumType en:
                {
                    var r = en.ParseLiteral(literal);
                    if (r.IsError) return false;
                    value = r.Value;
                    return true;
                }
            default:
                return false;
        }
    }

    /// <summary>
    /// A literal as a plain value without a type (graphql-js's <c>valueFromASTUntyped</c>): Int to int (or long/double when
    /// larger), Float to double, strings and enum names to string, lists and objects to lists and dictionaries.
    /// </summary>
    public static object? Untyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (literal)
        {
            case NullValueNode: return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
                return double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f: return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s: return s.Value;
            case EnumValueNode e: return e.Value;
            case BooleanValueNode b: return b.Value;
            case ListValueNode list:
                {
                    var items = new List<object?>(list.Values.Count);
                    foreach (var item in list.Values) items.Add(Untyped(item, variables));
                    return items;
                }
            case ObjectValueNode obj:
                {
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var f in obj.Fields)
                    {
                        // A missing variable is JavaScript's undefined: the key is left out.
                        if (IsMissingVariable(f.Value, variables)) continue;
                        map[f.Name.Value] = Untyped(f.Value, variables);
                    }
                    return map;
                }
            case VariableNode v:
                return variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null;
            default:
                return null;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        => node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));
}
