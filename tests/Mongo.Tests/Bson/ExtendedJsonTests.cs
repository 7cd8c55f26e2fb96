using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;

namespace StudyGraph.Mongo.Tests.Bson;

public sealed class ExtendedJsonTests
{
    [Fact]
    public void Relaxed_input_picks_the_smallest_numeric_type()
    {
        var d = ExtendedJsonReader.ReadDocument("{\"a\":1,\"b\":3000000000,\"c\":1.5,\"d\":1e400}");
        Assert.Equal(BsonType.Int32, d["a"].Type);
        Assert.Equal(BsonType.Int64, d["b"].Type);
        Assert.Equal(1.5, d["c"].AsDouble);
        Assert.Equal(BsonType.Double, d["d"].Type);
    }

    [Fact]
    public void Legacy_and_relaxed_wrappers_are_read()
    {
        var d = ExtendedJsonReader.ReadDocument(
            "{\"b\":{\"$binary\":\"AQI=\",\"$type\":\"80\"},\"r\":{\"$regex\":\"^a\",\"$options\":\"xi\"},\"t\":{\"$date\":\"2020-01-02T03:04:05.678Z\"}," +
            "\"u\":{\"$uuid\":\"00112233-4455-6677-8899-aabbccddeeff\"},\"q\":{\"$regex\":\"^a\"}}");
        Assert.Equal(0x80, d["b"].AsBinary.SubType);
        Assert.Equal("ix", d["r"].AsRegularExpression.Options);
        Assert.Equal(1577934245678, d["t"].AsDateTimeMilliseconds);
        Assert.Equal(Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"), d["u"].AsGuid);
        Assert.Equal(BsonType.Document, d["q"].Type); // a $regex query operator without $options stays a document
    }

    [Fact]
    public void Relaxed_output_matches_javascript_number_and_date_formatting()
    {
        var d = new BsonDocument
        {
            { "i", 1 }, { "l", 9007199254740993L }, { "d", 1e21 }, { "m", -0.0 }, { "small", 1e-7 },
            { "t", BsonValue.FromDateTimeMilliseconds(0) }, { "old", BsonValue.FromDateTimeMilliseconds(-1) },
        };
        Assert.Equal("{\"i\":1,\"l\":9007199254740992,\"d\":1e+21,\"m\":0,\"small\":1e-7,\"t\":{\"$date\":\"1970-01-01T00:00:00Z\"},\"old\":{\"$date\":{\"$numberLong\":\"-1\"}}}",
            ExtendedJsonWriter.Write(d, ExtendedJsonMode.Relaxed));
    }

    [Theory]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{\"a\":{\"$numberInt\":\"x\"}}", "$numberInt")]
    [InlineData("{\"a\":{\"$oid\":\"123\"}}", "$oid")]
    [InlineData("{\"a\":{\"$numberDecimal\":\"1e\"}}", "missing exponent power")]
    [InlineData("{\"a\":{\"$binary\":{\"base64\":\"AA==\",\"subType\":\"123\"}}}", "subType")]
    [InlineData("{\"a\":", "not valid JSON")]
    public void Invalid_extended_json_raises_FormatException(string json, string message)
    {
        var ex = Assert.Throws<FormatException>(() => ExtendedJsonReader.ReadDocument(json));
        Assert.Contains(message, ex.Message);
    }
}
