using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.4.2.1 Required Arguments: every non-null argument without a default is given, on fields and directives.</summary>
public sealed class ProvidedRequiredArgumentsRule : RuleVisitor
{
    private readonly Dictionary<string, List<(string Name, string Type)>> _directiveRequired;

    private ProvidedRequiredArgumentsRule(ValidationContext context) : base(context)
        => _directiveRequired = DirectiveTables.RequiredArguments(context);

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new ProvidedRequiredArgumentsRule(context);

    /// <inheritdoc/>
    protected override VisitAction LeaveField(FieldNode node)
    {
        var fieldDef = Context.TypeInfo.FieldDef;
        if (fieldDef is null) return VisitAction.Continue;
        foreach (var argDef in fieldDef.Arguments)
        {
            if (!argDef.IsRequired || Provided(node.Arguments, argDef.Name)) continue;
            Context.ReportError(
                $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.", node);
        }
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction LeaveDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!_directiveRequired.TryGetValue(name, out var required)) return VisitAction.Continue;
        foreach (var (argName, type) in required)
        {
            if (Provided(node.Arguments, argName)) continue;
            Context.ReportError(
                $"Directive \"@{name}\" argument \"{argName}\" of type \"{type}\" is required, but it was not provided.", node);
        }
        return VisitAction.Continue;
    }

    private static bool Provided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var a in arguments)
        {
            if (a.Name.Value == name) return true;
        }
        return false;
    }
}
