namespace StudyGraph.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
