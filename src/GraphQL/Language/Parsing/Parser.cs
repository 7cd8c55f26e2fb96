namespace StudyGraph.GraphQL.Language;

/// <summary>Recursive-descent parser for GraphQL documents (spec section 2, Appendix B).</summary>
public sealed partial class Parser
{
    /// <summary>Parses a whole document (executable and/or type-system definitions).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not valid GraphQL or exceeds a limit of <paramref name="options"/>.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        throw new NotImplementedException("parser arrives in step 2");
}
