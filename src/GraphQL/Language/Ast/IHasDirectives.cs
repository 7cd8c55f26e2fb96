namespace StudyGraph.GraphQL.Language;

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}
