using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

public sealed partial class DirectiveDefinition
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = new("include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [new ArgumentDefinition("if", new NonNullType(ScalarType.Boolean), "Included when true.")]);

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new("skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [new ArgumentDefinition("if", new NonNullType(ScalarType.Boolean), "Skipped when true.")]);

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c> on fields, arguments, input fields and enum values.</summary>
    public static DirectiveDefinition Deprecated { get; } = new("deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        "Marks an element of a GraphQL schema as no longer supported.",
        [new ArgumentDefinition("reason", ScalarType.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
        { HasDefaultValue = true, DefaultValue = DefaultDeprecationReason }]);

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy",
        [DirectiveLocation.Scalar],
        "Exposes a URL that specifies the behavior of this scalar.",
        [new ArgumentDefinition("url", new NonNullType(ScalarType.String), "The URL that specifies the behavior of this scalar.")]);

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf",
        [DirectiveLocation.InputObject],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>The specified directives in graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> Specified { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether <paramref name="name"/> is the name of a specified directive.</summary>
    public static bool IsSpecifiedName(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
