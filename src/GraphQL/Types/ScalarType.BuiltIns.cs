using StudyGraph.GraphQL.Types.Scalars;

namespace StudyGraph.GraphQL.Types;

public sealed partial class ScalarType
{
    /// <summary>The URL <see cref="DateTime"/> is specified by.</summary>
    public const string DateTimeSpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";

    /// <summary>The built-in <c>Int</c>: 32-bit signed integers.</summary>
    public static ScalarType Int { get; } = new("Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        new IntCoercer());

    /// <summary>The built-in <c>Float</c>: finite IEEE 754 doubles.</summary>
    public static ScalarType Float { get; } = new("Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        new FloatCoercer());

    /// <summary>The built-in <c>String</c>.</summary>
    public static ScalarType String { get; } = new("String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        new StringCoercer());

    /// <summary>The built-in <c>Boolean</c>.</summary>
    public static ScalarType Boolean { get; } = new("Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        new BooleanCoercer());

    /// <summary>The built-in <c>ID</c>: serialized as a string, accepts strings and integers as input.</summary>
    public static ScalarType ID { get; } = new("ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        new IdCoercer());

    /// <summary>
    /// <c>DateTime</c>: an RFC 3339 date-time string (<c>2024-01-31T10:00:00Z</c>), coerced to <see cref="DateTimeOffset"/> on input
    /// and from <see cref="DateTimeOffset"/> / <see cref="System.DateTime"/> (UTC) on output.
    /// </summary>
    public static ScalarType DateTime { get; } = new("DateTime",
        "A date-time string at UTC or with an offset, as RFC 3339 defines `date-time` (for example `2024-01-31T10:00:00Z`).",
        new DateTimeCoercer(), DateTimeSpecifiedByUrl);

    /// <summary>The five scalars of the specification, in graphql-js's order (String, Int, Float, Boolean, ID).</summary>
    public static IReadOnlyList<ScalarType> SpecifiedScalars { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The specified scalar named <paramref name="name"/>, or null.</summary>
    public static ScalarType? FindSpecified(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
