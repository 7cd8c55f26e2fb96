using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.1 Field Selections: every selected field is defined on the parent type; the error suggests types to use
/// an inline fragment on, or else similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : RuleVisitor
{
    private FieldsOnCorrectTypeRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new FieldsOnCorrectTypeRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterField(FieldNode node)
    {
        var type = Context.TypeInfo.ParentType;
        if (type is null || Context.TypeInfo.FieldDef is not null) return VisitAction.Continue;
        var name = node.Name.Value;
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(Context.Schema, type, name));
        if (suggestion.Length == 0) suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, name));
        Context.ReportError($"Cannot query field \"{name}\" on type \"{type.Name}\"." + suggestion, node);
        return VisitAction.Continue;
    }

    private static List<string> SuggestedTypeNames(GraphQLSchema schema, NamedType type, string fieldName)
    {
        var result = new List<string>();
        if (!type.IsAbstractType) return result;
        var suggested = new List<NamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null) continue;
            if (!usage.ContainsKey(possible.Name)) suggested.Add(possible);
            usage[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null) continue;
                if (!usage.TryGetValue(iface.Name, out var count))
                {
                    suggested.Add(iface);
                    count = 0;
                }
                usage[iface.Name] = count + 1;
            }
        }
        JsArraySort.Sort(suggested, (a, b) =>
        {
            var diff = usage[b.Name] - usage[a.Name];
            if (diff != 0) return diff;
            if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
            if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        foreach (var t in suggested) result.Add(t.Name);
        return result;
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexType complex) return [];
        var names = new List<string>(complex.Fields.Count);
        foreach (var f in complex.Fields) names.Add(f.Name);
        return Suggestions.List(fieldName, names);
    }
}
