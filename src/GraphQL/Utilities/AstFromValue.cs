using System.Collections;
using System.Text.RegularExpressions;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>Turns an internal input value back into a literal of a given type, as graphql-js's <c>astFromValue</c> does (used to print default values).</summary>
public static partial class AstFromValue
{
    /// <summary>
    /// The literal for <paramref name="value"/> as <paramref name="type"/>, or null when nothing should be printed
    /// (an absent value, or null for a non-null type).
    /// </summary>
    /// <exception cref="InvalidOperationException">When a leaf value cannot be serialized.</exception>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nn)
        {
            var inner = Convert(value, nn.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode();
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        var node = Convert(item, list.OfType);
                        if (node is not null) nodes.Add(node);
                    }
                    return new ListValueNode { Values = nodes };
                }
                return Convert(value, list.OfType);
            case InputObjectType io:
                {
                    if (value is not IReadOnlyDictionary<string, object?> map) return null;
                    var fields = new List<ObjectFieldNode>();
                    foreach (var field in io.Fields)
                    {
                        if (!map.TryGetValue(field.Name, out var fieldValue)) continue;
                        var node = Convert(fieldValue, field.Type);
                        if (node is not null) fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = node });
                    }
                    return new ObjectValueNode { Fields = fields };
                }
            case ScalarType scalar:
                {
                    var r = scalar.Serialize(value);
                    if (r.IsError) throw new InvalidOperationException(r.Error);
                    return Leaf(r.Value, scalar, isEnum: false);
                }
            case EnumType en:
                {
                    var r = en.Serialize(value);
                    if (r.IsError) throw new InvalidOperationException(r.Error);
                    return Leaf(r.Value, en, isEnum: true);
                }
            default:
                return null;
        }
    }

    private static ValueNode? Leaf(object? serialized, NamedType type, bool isEnum)
    {
        switch (serialized)
        {
            case null: return null;
            case bool b: return new BooleanValueNode { Value = b };
            case string s:
                if (isEnum) return new EnumValueNode { Value = s };
                if (ReferenceEquals(type, ScalarType.ID) && IntegerString().IsMatch(s)) return new IntValueNode { Value = s };
                return new StringValueNode { Value = s };
        }
        if (Types.Scalars.JsValue.TryNumber(serialized, out var d) && double.IsFinite(d))
        {
            var text = Types.Scalars.JsValue.IsInteger(d) ? Types.Scalars.JsValue.IntegerText(serialized, d) : JsNumber.Format(d);
            if (!Types.Scalars.JsValue.IsInteger(d) || !IntegerString().IsMatch(text)) return new FloatValueNode { Value = text };
            return new IntValueNode { Value = text };
        }
        throw new InvalidOperationException("Cannot convert value to AST: " + Inspect.Value(serialized) + ".");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
