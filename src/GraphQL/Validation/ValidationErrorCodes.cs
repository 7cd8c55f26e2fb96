namespace StudyGraph.GraphQL.Validation;

/// <summary>The <c>extensions.code</c> values validation errors carry.</summary>
public static class ValidationErrorCodes
{
    /// <summary>A rule of the specification's Validation section failed.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The selection nesting depth exceeds <see cref="ValidationOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The number of aliases exceeds <see cref="ValidationOptions.MaxAliases"/>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The estimated field cost exceeds <see cref="ValidationOptions.MaxCost"/>.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
}
