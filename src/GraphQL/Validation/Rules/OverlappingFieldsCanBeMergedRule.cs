using System.Text;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Validation.Rules.Overlapping;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging: fields with the same response name in one selection set (also through fragments)
/// can be merged: same field and arguments unless their parents are distinct object types, types that do not
/// conflict, and mergeable sub-selections. Compared pairs and collected field maps are cached for the whole run.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : RuleVisitor
{
    private readonly ConflictFinder _finder;

    private OverlappingFieldsCanBeMergedRule(ValidationContext context) : base(context) => _finder = new ConflictFinder(context);

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new OverlappingFieldsCanBeMergedRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterSelectionSet(SelectionSetNode node)
    {
        foreach (var conflict in _finder.FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, node))
        {
            var nodes = new List<AstNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            Context.ReportError(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. " +
                "Use different aliases on the fields to fetch both if this was intentional.", nodes);
        }
        return VisitAction.Continue;
    }

    private static string ReasonMessage(ConflictReason reason)
    {
        if (reason.Message is not null) return reason.Message;
        var sb = new StringBuilder();
        Append(sb, reason.SubReasons!);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IReadOnlyList<ConflictReason> reasons)
    {
        for (var i = 0; i < reasons.Count; i++)
        {
            if (i > 0) sb.Append(" and ");
            var r = reasons[i];
            sb.Append("subfields \"").Append(r.ResponseName).Append("\" conflict because ");
            if (r.Message is not null) sb.Append(r.Message);
            else Append(sb, r.SubReasons!);
        }
    }
}
