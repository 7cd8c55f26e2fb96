using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : RuleVisitor
{
    private readonly Dictionary<string, List<string>> _directiveArgs;

    private KnownArgumentNamesRule(ValidationContext context) : base(context) => _directiveArgs = DirectiveTables.ArgumentNames(context);

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new KnownArgumentNamesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterDirective(DirectiveNode node, IReadOnlyList<AstNode> ancestors)
    {
        var name = node.Name.Value;
        if (!_directiveArgs.TryGetValue(name, out var known)) return VisitAction.Skip;
        foreach (var argument in node.Arguments)
        {
            var argName = argument.Name.Value;
            if (known.Contains(argName)) continue;
            Context.ReportError($"Unknown argument \"{argName}\" on directive \"@{name}\"." +
                Suggestions.DidYouMean(Suggestions.List(argName, known)), argument);
        }
        return VisitAction.Skip;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterArgument(ArgumentNode node)
    {
        var info = Context.TypeInfo;
        if (info.Argument is not null || info.FieldDef is not { } fieldDef || info.ParentType is not { } parentType) return VisitAction.Continue;
        var argName = node.Name.Value;
        var known = new List<string>(fieldDef.Arguments.Count);
        foreach (var a in fieldDef.Arguments) known.Add(a.Name);
        Context.ReportError($"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." +
            Suggestions.DidYouMean(Suggestions.List(argName, known)), node);
        return VisitAction.Continue;
    }
}
