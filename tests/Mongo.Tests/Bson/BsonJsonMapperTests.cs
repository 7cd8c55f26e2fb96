using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;

namespace StudyGraph.Mongo.Tests.Bson;

public sealed class BsonJsonMapperTests
{
    [Fact]
    public void A_domain_json_document_round_trips_through_bson()
    {
        const string json = "{\"id\":\"s-1\",\"version\":3,\"seed\":123456789012,\"accuracy\":0.75,\"flags\":[true,false,null],\"$weird\":{\"a\":\"b\"},\"text\":\"h\\u00E9 \\uD83D\\uDE00\"}";
        var doc = BsonJsonMapper.FromJson(json);
        Assert.Equal(BsonType.Int32, doc["version"].Type);
        Assert.Equal(BsonType.Int64, doc["seed"].Type);
        Assert.Equal(BsonType.Document, doc["$weird"].Type);
        var back = BsonJsonMapper.FromJson(BsonJsonMapper.ToJson(BsonSerializer.Deserialize(BsonSerializer.Serialize(doc))));
        Assert.Equal(doc, back);
    }

    [Fact]
    public void Bson_only_types_become_readable_json()
    {
        var doc = new BsonDocument
        {
            { "oid", ObjectId.Parse("507f1f77bcf86cd799439011") },
            { "at", BsonValue.FromDateTimeMilliseconds(1700000000123) },
            { "uuid", Guid.Parse("00112233-4455-6677-8899-aabbccddeeff") },
            { "dec", Decimal128.Parse("1.50") },
            { "nan", double.NaN },
        };
        Assert.Equal("{\"oid\":\"507f1f77bcf86cd799439011\",\"at\":\"2023-11-14T22:13:20.123Z\",\"uuid\":\"00112233-4455-6677-8899-aabbccddeeff\",\"dec\":1.50,\"nan\":\"NaN\"}",
            BsonJsonMapper.ToJson(doc));
    }
}
