namespace StudyGraph.GraphQL.Language;

/// <summary>The base of every immutable syntax tree node.</summary>
public abstract class AstNode
{
    /// <summary>What kind of node this is.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node starts and ends in the source (default when parsed with <see cref="ParserOptions.NoLocation"/> or built by code).</summary>
    public Location Location { get; init; }

    /// <summary>The node printed as canonical GraphQL text.</summary>
    public override string ToString() => Printer.Print(this);
}
