using StudyGraph.GraphQL.Validation.Rules;

namespace StudyGraph.GraphQL.Validation;

/// <summary>The rules of the specification's Validation section, in graphql-js 16's order (its <c>specifiedRules</c>).</summary>
public static class SpecifiedRules
{
    /// <summary>Every rule, including graphql-js's recommended <see cref="MaxIntrospectionDepthRule"/>.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Create,
        UniqueOperationNamesRule.Create,
        LoneAnonymousOperationRule.Create,
        SingleFieldSubscriptionsRule.Create,
        KnownTypeNamesRule.Create,
        FragmentsOnCompositeTypesRule.Create,
        VariablesAreInputTypesRule.Create,
        ScalarLeafsRule.Create,
        FieldsOnCorrectTypeRule.Create,
        UniqueFragmentNamesRule.Create,
        KnownFragmentNamesRule.Create,
        NoUnusedFragmentsRule.Create,
        PossibleFragmentSpreadsRule.Create,
        NoFragmentCyclesRule.Create,
        UniqueVariableNamesRule.Create,
        NoUndefinedVariablesRule.Create,
        NoUnusedVariablesRule.Create,
        KnownDirectivesRule.Create,
        UniqueDirectivesPerLocationRule.Create,
        KnownArgumentNamesRule.Create,
        UniqueArgumentNamesRule.Create,
        ValuesOfCorrectTypeRule.Create,
        ProvidedRequiredArgumentsRule.Create,
        VariablesInAllowedPositionRule.Create,
        OverlappingFieldsCanBeMergedRule.Create,
        UniqueInputFieldNamesRule.Create,
        MaxIntrospectionDepthRule.Create,
    ];
}
