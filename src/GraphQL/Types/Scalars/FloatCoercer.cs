using System.Globalization;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>graphql-js's <c>GraphQLFloat</c> coercion: finite doubles.</summary>
internal sealed class FloatCoercer : ScalarCoercer
{
    public override CoercionResult Serialize(object? value)
    {
        if (JsValue.TryBoolean(value, out var flag)) return CoercionResult.Ok(flag ? 1d : 0d);
        double num;
        if (JsValue.TryString(value, out var s) && s.Length > 0) num = JsNumber.Parse(s);
        else if (!JsValue.TryNumber(value, out num)) return CoercionResult.Fail("Float cannot represent non numeric value: " + Inspect.Value(value));
        if (!double.IsFinite(num)) return CoercionResult.Fail("Float cannot represent non numeric value: " + Inspect.Value(value));
        return CoercionResult.Ok(num);
    }

    public override CoercionResult ParseValue(object? value)
    {
        if (!JsValue.TryNumber(value, out var num) || !double.IsFinite(num))
            return CoercionResult.Fail("Float cannot represent non numeric value: " + Inspect.Value(value));
        return CoercionResult.Ok(num);
    }

    public override CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = literal switch { FloatValueNode f => f.Value, IntValueNode i => i.Value, _ => null };
        if (text is null) return CoercionResult.Fail("Float cannot represent non numeric value: " + Printer.Print(literal));
        return CoercionResult.Ok(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
