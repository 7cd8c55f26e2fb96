using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types;

/// <summary>
/// The coercion rules of a scalar type. The base class is graphql-js's default for custom scalars:
/// results and variable values pass through unchanged, literals become plain values
/// (<see cref="ValueFromAst.Untyped"/>). Subclass it to define a custom scalar.
/// </summary>
public class ScalarCoercer
{
    /// <summary>The pass-through coercer used for custom scalars declared in SDL without an implementation.</summary>
    public static ScalarCoercer PassThrough { get; } = new();

    /// <summary>Result coercion: turns a resolver's value into the value written to the response.</summary>
    public virtual CoercionResult Serialize(object? value) => CoercionResult.Ok(value);

    /// <summary>Input coercion of a variable value (from JSON: string, bool, number, list, dictionary or <see cref="System.Text.Json.JsonElement"/>).</summary>
    public virtual CoercionResult ParseValue(object? value) => CoercionResult.Ok(value);

    /// <summary>Input coercion of a literal written in a document. <paramref name="variables"/> holds coerced variable values for literals that contain variables.</summary>
    public virtual CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => CoercionResult.Ok(ValueFromAst.Untyped(literal, variables));
}
