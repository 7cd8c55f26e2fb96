using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.2 Fragment Spread Type Existence (and type references in variables): every named type exists in the schema.</summary>
public sealed class KnownTypeNamesRule : RuleVisitor
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
    private List<string>? _typeNames;

    private KnownTypeNamesRule(ValidationContext context) : base(context)
    {
        foreach (var d in context.Document.Definitions)
        {
            if (d is TypeDefinitionNode t) _defined.Add(t.Name.Value);
        }
    }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new KnownTypeNamesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterNamedType(NamedTypeNode node, IReadOnlyList<AstNode> ancestors)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is not null || _defined.Contains(name)) return VisitAction.Continue;
        var definition = ancestors.Count > 1 ? ancestors[1] : null;
        var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, name) >= 0) return VisitAction.Continue;
        var options = TypeNames();
        var suggestions = Suggestions.List(name, isSdl ? [.. StandardTypeNames, .. options] : options);
        Context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
        return VisitAction.Continue;
    }

    private List<string> TypeNames()
    {
        if (_typeNames is not null) return _typeNames;
        _typeNames = [];
        foreach (var t in Context.Schema.Types) _typeNames.Add(t.Name);
        foreach (var d in _defined)
        {
            if (Context.Schema.GetType(d) is null) _typeNames.Add(d);
        }
        return _typeNames;
    }
}
