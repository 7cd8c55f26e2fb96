namespace StudyGraph.GraphQL.Validation;

/// <summary>Options of one <see cref="DocumentValidator.Validate(Types.GraphQLSchema, Language.DocumentNode, ValidationOptions?)"/> call.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: the specified rules, at most 100 errors, no cost limits.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rules to run (default <see cref="SpecifiedRules.All"/>). Cost limits are added to these when set.</summary>
    public IReadOnlyList<ValidationRule> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>
    /// The most errors reported (default 100, as graphql-js's <c>maxErrors</c>); one more error reports the limit
    /// ("Too many validation errors, error limit reached. Validation aborted.") and stops validation.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The deepest selection nesting allowed, counting through fragments (null: no limit).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The most aliases an operation may use, counting those in its fragments once per spread (null: no limit).</summary>
    public int? MaxAliases { get; init; }

    /// <summary>The highest estimated cost an operation may have (null: no limit). See <see cref="Cost.MaxCostRule"/>.</summary>
    public int? MaxCost { get; init; }

    /// <summary>The list size assumed for a list field without a <c>first</c> or <c>last</c> argument (default 10).</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Variable values of the request, used by the cost estimate for <c>first</c>/<c>last</c> given as variables.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
}
