using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Rules.Overlapping;

internal sealed partial class ConflictFinder
{
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, NodeAndDef field1, NodeAndDef field2)
    {
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
                return Leaf(responseName, $"\"{name1}\" and \"{name2}\" are different fields", node1, node2);
            if (!SameArguments(node1, node2))
                return Leaf(responseName, "they have differing arguments", node1, node2);
        }
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            return Leaf(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var sub = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, type1?.GetNamedType(), set1, type2?.GetNamedType(), set2);
            if (sub.Count == 0) return null;
            var reasons = new List<ConflictReason>(sub.Count);
            var fields1 = new List<FieldNode> { node1 };
            var fields2 = new List<FieldNode> { node2 };
            foreach (var c in sub)
            {
                reasons.Add(c.Reason);
                fields1.AddRange(c.Fields1);
                fields2.AddRange(c.Fields2);
            }
            return new Conflict(new ConflictReason(responseName, null, reasons), fields1, fields2);
        }
        return null;
    }

    private static Conflict Leaf(string responseName, string message, FieldNode node1, FieldNode node2)
        => new(new ConflictReason(responseName, message, null), [node1], [node2]);

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType l1)
            {
                if (type2 is not ListType l2) return true;
                type1 = l1.OfType;
                type2 = l2.OfType;
                continue;
            }
            if (type2 is ListType) return true;
            if (type1 is NonNullType n1)
            {
                if (type2 is not NonNullType n2) return true;
                type1 = n1.OfType;
                type2 = n2.OfType;
                continue;
            }
            if (type2 is NonNullType) return true;
            if (type1.IsLeafType || type2.IsLeafType) return !ReferenceEquals(type1, type2);
            return false;
        }
    }

    private FieldMap GetFieldMap(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_fieldMaps.TryGetValue(selectionSet, out var cached)) return cached;
        var map = new FieldMap();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        Collect(parentType, selectionSet, map, seenFragments);
        _fieldMaps[selectionSet] = map;
        return map;
    }

    private FieldMap GetReferencedFieldMap(FragmentDefinitionNode fragment)
    {
        if (_fieldMaps.TryGetValue(fragment.SelectionSet, out var cached)) return cached;
        var type = TypeFromAst.Get(context.Schema, fragment.TypeCondition) as NamedType;
        return GetFieldMap(type, fragment.SelectionSet);
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldMap map, HashSet<string> seenFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    {
                        var def = parentType is ComplexType c ? c.GetField(field.Name.Value) : null;
                        map.Add(field.Alias?.Value ?? field.Name.Value, new NodeAndDef(parentType, field, def));
                        break;
                    }
                case FragmentSpreadNode spread:
                    if (seenFragments.Add(spread.Name.Value)) map.FragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is null ? parentType : TypeFromAst.Get(context.Schema, inline.TypeCondition) as NamedType;
                        Collect(type, inline.SelectionSet, map, seenFragments);
                        break;
                    }
            }
        }
    }
}
