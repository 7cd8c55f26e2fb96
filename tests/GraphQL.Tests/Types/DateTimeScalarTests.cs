using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Types;

/// <summary>The DateTime scalar: RFC 3339 date-time with a mandatory offset (https://scalars.graphql.org/andimarek/date-time).</summary>
public sealed class DateTimeScalarTests
{
    [Theory]
    [InlineData("2024-01-31T10:00:00Z", "2024-01-31T10:00:00.000Z")]
    [InlineData("2024-01-31t10:00:00z", "2024-01-31T10:00:00.000Z")]
    [InlineData("2024-02-29T23:59:59.123456789+02:00", "2024-02-29T21:59:59.123Z")]
    [InlineData("2024-01-01T00:30:00-01:30", "2024-01-01T02:00:00.000Z")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z")]
    public void Valid_strings_parse_and_serialize_at_utc(string input, string serialized)
    {
        var parsed = ScalarType.DateTime.ParseValue(input);
        Assert.False(parsed.IsError, parsed.Error);
        Assert.IsType<DateTimeOffset>(parsed.Value);
        Assert.Equal(serialized, ScalarType.DateTime.Serialize(parsed.Value).Value);
        Assert.Equal(parsed.Value, ScalarType.DateTime.ParseLiteral(Parser.ParseValue(Printer.PrintString(input))).Value);
    }

    [Theory]
    [InlineData("2024-01-31")]
    [InlineData("2024-01-31T10:00:00")]
    [InlineData("2024-02-30T10:00:00Z")]
    [InlineData("2023-02-29T10:00:00Z")]
    [InlineData("2024-13-01T10:00:00Z")]
    [InlineData("2024-01-31T24:00:00Z")]
    [InlineData("2024-01-31T10:60:00Z")]
    [InlineData("2024-01-31T10:00:00.Z")]
    [InlineData("2024-01-31T10:00:00+24:00")]
    [InlineData("2024-01-31 10:00:00Z")]
    [InlineData("2024-01-31T10:00:00Zjunk")]
    [InlineData("")]
    public void Invalid_strings_are_rejected(string input)
    {
        Assert.Equal("DateTime cannot represent an invalid date-time string: " + Inspect.JsonString(input), ScalarType.DateTime.ParseValue(input).Error);
    }

    [Fact]
    public void Non_strings_are_rejected_with_their_value()
    {
        Assert.Equal("DateTime cannot represent a non string value: 1", ScalarType.DateTime.ParseValue(1).Error);
        Assert.Equal("DateTime cannot represent a non string value: 1", ScalarType.DateTime.ParseLiteral(Parser.ParseValue("1")).Error);
        Assert.Equal("DateTime cannot represent value: true", ScalarType.DateTime.Serialize(true).Error);
    }

    [Fact]
    public void Clr_dates_serialize_at_utc()
    {
        Assert.Equal("2024-05-06T07:08:09.010Z", ScalarType.DateTime.Serialize(new DateTime(2024, 5, 6, 7, 8, 9, 10, DateTimeKind.Utc)).Value);
        Assert.Equal("2024-05-06T05:08:09.000Z", ScalarType.DateTime.Serialize(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2))).Value);
    }

    [Fact]
    public void A_DateTime_scalar_declared_in_sdl_gets_these_rules_and_keeps_its_specifiedBy()
    {
        var schema = SchemaBuilder.BuildSchema("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")\ntype Query { at: DateTime }");
        var scalar = (ScalarType)schema.GetType("DateTime")!;
        Assert.Equal(ScalarType.DateTimeSpecifiedByUrl, scalar.SpecifiedByUrl);
        Assert.True(scalar.ParseValue("nope").IsError);
        Assert.Equal(ScalarType.DateTimeSpecifiedByUrl, ScalarType.DateTime.SpecifiedByUrl);
    }
}
