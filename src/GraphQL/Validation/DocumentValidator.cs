using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Validation.Cost;

namespace StudyGraph.GraphQL.Validation;

/// <summary>Validates executable documents against a schema (spec section 5 "Validation", graphql-js's <c>validate</c>).</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs the rules of <paramref name="options"/> (default <see cref="SpecifiedRules.All"/>, plus the cost limits
    /// it enables) over <paramref name="document"/> in one walk and returns every error found, in report order, up to
    /// <see cref="ValidationOptions.MaxErrors"/> (then one more error says the limit was reached). An empty list means valid.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options);
        var rules = options.Rules;
        var visitors = new List<AstVisitor>(rules.Count + 3);
        foreach (var rule in rules) visitors.Add(rule(context));
        if (options.MaxDepth is not null) visitors.Add(MaxDepthRule.Create(context));
        if (options.MaxAliases is not null) visitors.Add(MaxAliasesRule.Create(context));
        if (options.MaxCost is not null) visitors.Add(MaxCostRule.Create(context));
        AstWalker.Walk(document, new TypeInfoVisitor(typeInfo, new ParallelVisitor(visitors), context));
        return context.Errors;
    }
}
