using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Rules.Overlapping;

/// <summary>
/// The field-merging conflict search of graphql-js's OverlappingFieldsCanBeMergedRule, with its caches: field maps
/// per selection set, compared (field map, fragment) pairs and compared fragment pairs, each remembering whether
/// the comparison assumed mutually exclusive parents.
/// </summary>
internal sealed partial class ConflictFinder(ValidationContext context)
{
    private readonly Dictionary<SelectionSetNode, FieldMap> _fieldMaps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(FieldMap, string), bool> _comparedFieldsAndFragments = new(FieldMapFragmentComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragments = new();
    private readonly Dictionary<ValueNode, string> _printedValues = new(ReferenceEqualityComparer.Instance);

    /// <summary>(A)-(C): conflicts among the fields of one selection set, including the fragments it spreads.</summary>
    public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (CannotConflict(selectionSet)) return NoConflicts;
        var conflicts = new List<Conflict>();
        var fieldMap = GetFieldMap(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fieldMap);
        var fragmentNames = fieldMap.FragmentNames;
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
        }
        return conflicts;
    }

    // (D)-(E)
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        var key = (fieldMap, fragmentName);
        if (WasCompared(_comparedFieldsAndFragments, key, mutuallyExclusive)) return;
        _comparedFieldsAndFragments[key] = mutuallyExclusive;
        var fragment = context.GetFragment(fragmentName);
        if (fragment is null) return;
        var fieldMap2 = GetReferencedFieldMap(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2)) return;
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var referenced in fieldMap2.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, referenced);
    }

    // (F)-(G)
    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2) return;
        var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
        if (WasCompared(_comparedFragments, key, mutuallyExclusive)) return;
        _comparedFragments[key] = mutuallyExclusive;
        var fragment1 = context.GetFragment(name1);
        var fragment2 = context.GetFragment(name2);
        if (fragment1 is null || fragment2 is null) return;
        var fieldMap1 = GetReferencedFieldMap(fragment1);
        var fieldMap2 = GetReferencedFieldMap(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var referenced2 in fieldMap2.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced2);
        foreach (var referenced1 in fieldMap1.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, name2);
    }

    // (H)-(J)
    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive,
        NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fieldMap1 = GetFieldMap(parentType1, selectionSet1);
        var fieldMap2 = GetFieldMap(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var fragmentName2 in fieldMap2.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, fragmentName2);
        foreach (var fragmentName1 in fieldMap1.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, fragmentName1);
        foreach (var fragmentName1 in fieldMap1.FragmentNames)
        {
            foreach (var fragmentName2 in fieldMap2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
        }
        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var responseName in fieldMap.Names)
        {
            var fields = fieldMap.Get(responseName)!;
            if (fields.Count < 2) continue;
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    var conflict = FindConflict(false, responseName, fields[i], fields[j]);
                    if (conflict is not null) conflicts.Add(conflict);
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentsMutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var responseName in fieldMap1.Names)
        {
            var fields2 = fieldMap2.Get(responseName);
            if (fields2 is null) continue;
            foreach (var field1 in fieldMap1.Get(responseName)!)
            {
                foreach (var field2 in fields2)
                {
                    var conflict = FindConflict(parentsMutuallyExclusive, responseName, field1, field2);
                    if (conflict is not null) conflicts.Add(conflict);
                }
            }
        }
    }

    private static readonly List<Conflict> NoConflicts = [];

    // Fields only, with distinct response names: nothing to compare at this level (nested levels are checked when
    // the walk reaches them), so the field map is not built. Small sets only, compared pairwise without allocating.
    private static bool CannotConflict(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Count > 16) return false;
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode a) return false;
            var nameA = a.Alias?.Value ?? a.Name.Value;
            for (var j = 0; j < i; j++)
            {
                var b = (FieldNode)selections[j];
                if ((b.Alias?.Value ?? b.Name.Value) == nameA) return false;
            }
        }
        return true;
    }

    private static bool WasCompared<TKey>(Dictionary<TKey, bool> set, TKey key, bool mutuallyExclusive) where TKey : notnull
        => set.TryGetValue(key, out var stored) && (mutuallyExclusive || !stored);

    private sealed class FieldMapFragmentComparer : IEqualityComparer<(FieldMap, string)>
    {
        public static FieldMapFragmentComparer Instance { get; } = new();

        public bool Equals((FieldMap, string) x, (FieldMap, string) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((FieldMap, string) obj)
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), obj.Item2);
    }
}
