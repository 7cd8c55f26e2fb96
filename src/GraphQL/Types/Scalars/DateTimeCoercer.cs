using System.Globalization;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>
/// RFC 3339 <c>date-time</c> (https://scalars.graphql.org/andimarek/date-time): input is a string with a
/// mandatory offset, coerced to <see cref="DateTimeOffset"/>; output is written at UTC with milliseconds,
/// as JavaScript's <c>toISOString</c> does.
/// </summary>
internal sealed class DateTimeCoercer : ScalarCoercer
{
    public override CoercionResult Serialize(object? value)
    {
        switch (value)
        {
            case DateTimeOffset dto: return CoercionResult.Ok(Format(dto));
            case DateTime dt:
                var utc = dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime() : DateTime.SpecifyKind(dt, DateTimeKind.Utc);
                return CoercionResult.Ok(Format(new DateTimeOffset(utc)));
        }
        if (JsValue.TryString(value, out var s))
        {
            return Rfc3339.TryParse(s, out var parsed)
                ? CoercionResult.Ok(Format(parsed))
                : CoercionResult.Fail("DateTime cannot represent an invalid date-time string: " + Inspect.Value(value));
        }
        return CoercionResult.Fail("DateTime cannot represent value: " + Inspect.Value(value));
    }

    public override CoercionResult ParseValue(object? value)
    {
        if (!JsValue.TryString(value, out var s)) return CoercionResult.Fail("DateTime cannot represent a non string value: " + Inspect.Value(value));
        return Rfc3339.TryParse(s, out var parsed)
            ? CoercionResult.Ok(parsed)
            : CoercionResult.Fail("DateTime cannot represent an invalid date-time string: " + Inspect.Value(value));
    }

    public override CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not StringValueNode s) return CoercionResult.Fail("DateTime cannot represent a non string value: " + Printer.Print(literal));
        return Rfc3339.TryParse(s.Value, out var parsed)
            ? CoercionResult.Ok(parsed)
            : CoercionResult.Fail("DateTime cannot represent an invalid date-time string: " + Printer.Print(literal));
    }

    private static string Format(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);
}
