using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Rules.Overlapping;

/// <summary>One collected field: the parent type it was selected on, the node and its definition (when known).</summary>
internal readonly record struct NodeAndDef(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

/// <summary>Fields collected from a selection set by response name (in first-seen order), and the fragment names it spreads.</summary>
internal sealed class FieldMap
{
    private readonly Dictionary<string, List<NodeAndDef>> _byName = new(StringComparer.Ordinal);

    /// <summary>Response names in first-seen order.</summary>
    public List<string> Names { get; } = [];

    /// <summary>Spread fragment names in first-seen order, each once.</summary>
    public List<string> FragmentNames { get; } = [];

    /// <summary>The fields of <paramref name="responseName"/>, or null.</summary>
    public List<NodeAndDef>? Get(string responseName) => _byName.GetValueOrDefault(responseName);

    /// <summary>Adds a field under its response name.</summary>
    public void Add(string responseName, NodeAndDef field)
    {
        if (!_byName.TryGetValue(responseName, out var list))
        {
            list = [];
            _byName[responseName] = list;
            Names.Add(responseName);
        }
        list.Add(field);
    }
}
