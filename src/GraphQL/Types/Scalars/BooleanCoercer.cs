using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>graphql-js's <c>GraphQLBoolean</c> coercion.</summary>
internal sealed class BooleanCoercer : ScalarCoercer
{
    public override CoercionResult Serialize(object? value)
    {
        if (JsValue.TryBoolean(value, out var flag)) return CoercionResult.Ok(flag);
        if (JsValue.TryNumber(value, out var num) && double.IsFinite(num)) return CoercionResult.Ok(num != 0);
        return CoercionResult.Fail("Boolean cannot represent a non boolean value: " + Inspect.Value(value));
    }

    public override CoercionResult ParseValue(object? value)
        => JsValue.TryBoolean(value, out var flag)
            ? CoercionResult.Ok(flag)
            : CoercionResult.Fail("Boolean cannot represent a non boolean value: " + Inspect.Value(value));

    public override CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => literal is BooleanValueNode b
            ? CoercionResult.Ok(b.Value)
            : CoercionResult.Fail("Boolean cannot represent a non boolean value: " + Printer.Print(literal));
}
