using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>graphql-js's <c>GraphQLString</c> coercion.</summary>
internal sealed class StringCoercer : ScalarCoercer
{
    public override CoercionResult Serialize(object? value)
    {
        if (JsValue.TryString(value, out var s)) return CoercionResult.Ok(s);
        if (JsValue.TryBoolean(value, out var flag)) return CoercionResult.Ok(flag ? "true" : "false");
        if (JsValue.TryNumber(value, out var num) && double.IsFinite(num))
            return CoercionResult.Ok(JsValue.IsInteger(num) ? JsValue.IntegerText(value!, num) : JsNumber.Format(num));
        // A CLR analogue of graphql-js's valueOf(): values that are plainly text.
        if (value is char c) return CoercionResult.Ok(c.ToString());
        if (value is Guid g) return CoercionResult.Ok(g.ToString());
        return CoercionResult.Fail("String cannot represent value: " + Inspect.Value(value));
    }

    public override CoercionResult ParseValue(object? value)
        => JsValue.TryString(value, out var s)
            ? CoercionResult.Ok(s)
            : CoercionResult.Fail("String cannot represent a non string value: " + Inspect.Value(value));

    public override CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => literal is StringValueNode s
            ? CoercionResult.Ok(s.Value)
            : CoercionResult.Fail("String cannot represent a non string value: " + Printer.Print(literal));
}
