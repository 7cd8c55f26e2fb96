using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Tests.Bson;

public sealed class BsonReaderTests
{
    [Fact]
    public void Nesting_beyond_the_maximum_depth_is_rejected_with_its_offset()
    {
        var doc = new BsonDocument("leaf", 1);
        for (var i = 0; i < 10; i++) doc = new BsonDocument("n", doc);
        var bytes = BsonSerializer.Serialize(doc);
        Assert.Equal(doc, BsonSerializer.Deserialize(bytes, new BsonReaderOptions { MaxDepth = 10 }));
        var ex = Assert.Throws<BsonFormatException>(() => BsonSerializer.Deserialize(bytes, new BsonReaderOptions { MaxDepth = 9 }));
        Assert.Contains("deeper than the maximum of 9", ex.Message);
        Assert.Equal(10 * 7, ex.Offset); // each level: 4 length + type + "n" + NUL
    }

    [Fact]
    public void Invalid_utf8_in_a_field_name_is_rejected()
    {
        // {"\xff": 1}: the reference package accepts it (it does not validate keys); we refuse (docs/mongo-differences.md).
        var ex = Assert.Throws<BsonFormatException>(() => BsonSerializer.Deserialize(Convert.FromHexString("0c00000010ff000100000000")));
        Assert.Equal(5, ex.Offset);
        Assert.Contains("field name is not valid UTF-8", ex.Message);
    }

    [Fact]
    public void The_offset_names_the_bad_string()
    {
        var ex = Assert.Throws<BsonFormatException>(() => BsonSerializer.Deserialize(Convert.FromHexString("0f00000002780003000000c3280000")));
        Assert.Equal(11, ex.Offset);
    }

    [Fact]
    public void DeserializeFirst_reports_the_length_and_leaves_trailing_bytes()
    {
        var bytes = BsonSerializer.Serialize(new BsonDocument("a", "b")).Concat(new byte[] { 1, 2, 3 }).ToArray();
        var doc = BsonSerializer.DeserializeFirst(bytes, out var consumed);
        Assert.Equal(bytes.Length - 3, consumed);
        Assert.Equal("b", doc["a"].AsString);
        Assert.Throws<BsonFormatException>(() => BsonSerializer.Deserialize(bytes));
    }

    [Fact]
    public void Deprecated_types_decode_and_re_encode_byte_for_byte()
    {
        // {u: undefined, p: DBPointer("db.c", 5f..), x: minKey}
        var hex = "26000000" + "067500" + "0c7000" + "05000000" + "64622e6300" + "5f5f5f5f5f5f5f5f5f5f5f5f" + "ff7800" + "7f7900" + "00";
        var bytes = Convert.FromHexString(hex);
        var doc = BsonSerializer.Deserialize(bytes);
        Assert.Equal(BsonType.Undefined, doc["u"].Type);
        Assert.Equal("db.c", doc["p"].AsDbPointer.Namespace);
        Assert.Equal(BsonType.MinKey, doc["x"].Type);
        Assert.Equal(BsonType.MaxKey, doc["y"].Type);
        Assert.Equal(bytes, BsonSerializer.Serialize(doc));
        Assert.Equal("{\"u\":{\"$undefined\":true},\"p\":{\"$dbPointer\":{\"$ref\":\"db.c\",\"$id\":{\"$oid\":\"5f5f5f5f5f5f5f5f5f5f5f5f\"}}},\"x\":{\"$minKey\":1},\"y\":{\"$maxKey\":1}}", doc.ToString());
    }
}
