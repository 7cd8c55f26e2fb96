using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Tests.Validation.Support;

public sealed partial class RandomDocumentGenerator
{
    private string ArgumentValue(GraphQLType type, int depth)
    {
        if (_random.Next(4) == 0 && !Mistake())
        {
            var name = "v" + _variables.Count;
            AddVariable(name, type);
            return "$" + name;
        }
        if (Mistake()) return Pick(["$undefinedVar", "\"wrong\"", "123", "1.5", "null", "WRONG_ENUM", "{ bogus: 1 }", "[1, 2]", "true"]);
        return Value(type, depth);
    }

    private string Value(GraphQLType type, int depth)
    {
        if (type is NonNullType nn) return Value(nn.OfType, depth);
        if (_random.Next(12) == 0) return "null";
        switch (type)
        {
            case ListType list:
                {
                    var n = _random.Next(0, 3);
                    if (n == 1 && _random.Next(2) == 0) return Value(list.OfType, depth);
                    var items = new List<string>();
                    for (var i = 0; i < n; i++) items.Add(Value(list.OfType, depth));
                    return "[" + string.Join(", ", items) + "]";
                }
            case EnumType e:
                return Pick(e.Values).Name;
            case InputObjectType io:
                {
                    if (depth > 3) return "null";
                    var fields = new List<string>();
                    if (io.IsOneOf)
                    {
                        var f = Pick(io.Fields);
                        fields.Add(f.Name + ": " + Value(f.Type.Nullable, depth + 1).Replace("null", "\"x\"", StringComparison.Ordinal));
                    }
                    else
                    {
                        foreach (var f in io.Fields)
                        {
                            if (f.IsRequired || _random.Next(3) == 0) fields.Add(f.Name + ": " + Value(f.Type, depth + 1));
                        }
                    }
                    return "{" + string.Join(", ", fields) + "}";
                }
            case ScalarType s:
                return s.Name switch
                {
                    "Int" => _random.Next(-100, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "Float" => Pick(["1.5", "-0.25", "3", "2e3"]),
                    "Boolean" => _random.Next(2) == 0 ? "true" : "false",
                    "ID" => _random.Next(2) == 0 ? "\"id-1\"" : "42",
                    "DateTime" => "\"2024-01-31T10:00:00Z\"",
                    "Date" => "\"2024-01-31\"",
                    _ => "\"text " + _random.Next(100) + "\"",
                };
            default:
                return "null";
        }
    }

    private string MistakeField(ComplexType parent, int depth)
    {
        var field = Pick(parent.Fields);
        switch (_random.Next(8))
        {
            case 0: return field.Name + "x";
            case 1: return field.Name + " { __typename }";
            case 2: return field.Name + "(bogusArg: 1)" + (field.Type.GetNamedType() is ComplexType or UnionType ? " { __typename }" : "");
            case 3: return "__typename: " + field.Name + (field.Type.GetNamedType() is ComplexType or UnionType ? " { __typename }" : "");
            case 4:
                {
                    var other = Pick(parent.Fields);
                    var leaf = field.Type.GetNamedType() is ComplexType or UnionType ? " { __typename }" : "";
                    var leaf2 = other.Type.GetNamedType() is ComplexType or UnionType ? " { __typename }" : "";
                    return "dup: " + field.Name + leaf + " dup: " + other.Name + leaf2;
                }
            case 5: return "...UnknownFragment";
            case 6: return "... on " + Pick(["Int", "String", "Boolean", "NoSuchType"]) + " { __typename }";
            default: return Field(parent, field, depth) + " @" + Pick(["deprecated", "nope", "skip", "include(if: 1)"]);
        }
    }

    private string MistakeFragment()
    {
        var roll = _random.Next(4);
        return roll switch
        {
            0 => "fragment Unused on " + (_schema.QueryType?.Name ?? "Query") + " { __typename }\n",
            1 => "fragment CycleA on " + (_schema.QueryType?.Name ?? "Query") + " { ...CycleB }\nfragment CycleB on " + (_schema.QueryType?.Name ?? "Query") + " { ...CycleA }\n",
            2 => _fragments.Count > 0 ? "fragment " + _fragments[0].Name + " on " + _fragments[0].TypeName + " { __typename }\n" : "",
            _ => "type Extra { a: Int }\n",
        };
    }
}
