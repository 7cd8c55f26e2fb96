using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>graphql-js's <c>GraphQLInt</c> coercion: 32-bit signed integers.</summary>
internal sealed class IntCoercer : ScalarCoercer
{
    public override CoercionResult Serialize(object? value)
    {
        if (JsValue.TryBoolean(value, out var flag)) return CoercionResult.Ok(flag ? 1 : 0);
        double num;
        if (JsValue.TryString(value, out var s) && s.Length > 0) num = JsNumber.Parse(s);
        else if (!JsValue.TryNumber(value, out num)) return CoercionResult.Fail("Int cannot represent non-integer value: " + Inspect.Value(value));
        if (!JsValue.IsInteger(num)) return CoercionResult.Fail("Int cannot represent non-integer value: " + Inspect.Value(value));
        if (num > int.MaxValue || num < int.MinValue)
            return CoercionResult.Fail("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(value));
        return CoercionResult.Ok((int)num);
    }

    public override CoercionResult ParseValue(object? value)
    {
        if (!JsValue.TryNumber(value, out var num) || !JsValue.IsInteger(num))
            return CoercionResult.Fail("Int cannot represent non-integer value: " + Inspect.Value(value));
        if (num > int.MaxValue || num < int.MinValue)
            return CoercionResult.Fail("Int cannot represent non 32-bit signed integer value: " + JsNumber.Format(num));
        return CoercionResult.Ok((int)num);
    }

    public override CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode i) return CoercionResult.Fail("Int cannot represent non-integer value: " + Printer.Print(literal));
        if (!int.TryParse(i.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return CoercionResult.Fail("Int cannot represent non 32-bit signed integer value: " + i.Value);
        return CoercionResult.Ok(n);
    }
}
