using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Validation.Rules.Overlapping;

internal sealed partial class ConflictFinder
{
    private bool SameArguments(FieldNode node1, FieldNode node2)
    {
        var args1 = node1.Arguments;
        var args2 = node2.Arguments;
        if (args1.Count == 0) return args2.Count == 0;
        if (args2.Count == 0 || args1.Count != args2.Count) return false;
        foreach (var arg1 in args1)
        {
            ValueNode? value2 = null;
            // The last argument of a repeated name wins (graphql-js builds a Map).
            foreach (var arg2 in args2)
            {
                if (arg2.Name.Value == arg1.Name.Value) value2 = arg2.Value;
            }
            if (value2 is null || Stringify(arg1.Value) != Stringify(value2)) return false;
        }
        return true;
    }

    private string Stringify(ValueNode value)
    {
        if (_printedValues.TryGetValue(value, out var printed)) return printed;
        printed = Printer.Print(Sort(value));
        _printedValues[value] = printed;
        return printed;
    }

    // graphql-js's sortValueNode: object fields ordered by name (natural order, stable), recursively.
    private static ValueNode Sort(ValueNode value)
    {
        switch (value)
        {
            case ObjectValueNode obj:
                {
                    var fields = new List<ObjectFieldNode>(obj.Fields.Count);
                    foreach (var f in obj.Fields)
                    {
                        var sorted = new ObjectFieldNode { Name = f.Name, Value = Sort(f.Value), Location = f.Location };
                        var at = fields.Count;
                        while (at > 0 && Suggestions.NaturalCompare(fields[at - 1].Name.Value, sorted.Name.Value) > 0) at--;
                        fields.Insert(at, sorted);
                    }
                    return new ObjectValueNode { Fields = fields, Location = obj.Location };
                }
            case ListValueNode list:
                {
                    var values = new List<ValueNode>(list.Values.Count);
                    foreach (var v in list.Values) values.Add(Sort(v));
                    return new ListValueNode { Values = values, Location = list.Location };
                }
            default:
                return value;
        }
    }
}
