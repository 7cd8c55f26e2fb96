using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.3.3 Leaf Field Selections: scalar and enum fields have no selection; other fields have a non-empty one.</summary>
public sealed class ScalarLeafsRule : RuleVisitor
{
    private ScalarLeafsRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new ScalarLeafsRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterField(FieldNode node)
    {
        var type = Context.TypeInfo.Type;
        if (type is null) return VisitAction.Continue;
        var name = node.Name.Value;
        if (type.GetNamedType().IsLeafType)
        {
            if (node.SelectionSet is { } set)
                Context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", set);
        }
        else if (node.SelectionSet is null)
        {
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", node);
        }
        return VisitAction.Continue;
    }
}
