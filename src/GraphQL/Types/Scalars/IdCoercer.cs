using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>graphql-js's <c>GraphQLID</c> coercion: strings, and integers accepted as strings.</summary>
internal sealed class IdCoercer : ScalarCoercer
{
    public override CoercionResult Serialize(object? value)
    {
        if (JsValue.TryString(value, out var s)) return CoercionResult.Ok(s);
        if (JsValue.TryNumber(value, out var num) && JsValue.IsInteger(num)) return CoercionResult.Ok(JsValue.IntegerText(value!, num));
        if (value is Guid g) return CoercionResult.Ok(g.ToString());
        return CoercionResult.Fail("ID cannot represent value: " + Inspect.Value(value));
    }

    public override CoercionResult ParseValue(object? value)
    {
        if (JsValue.TryString(value, out var s)) return CoercionResult.Ok(s);
        if (JsValue.TryNumber(value, out var num) && JsValue.IsInteger(num)) return CoercionResult.Ok(JsValue.IntegerText(value!, num));
        return CoercionResult.Fail("ID cannot represent value: " + Inspect.Value(value));
    }

    public override CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => CoercionResult.Ok(s.Value),
        IntValueNode i => CoercionResult.Ok(i.Value),
        _ => CoercionResult.Fail("ID cannot represent a non-string and non-integer value: " + Printer.Print(literal)),
    };
}
