using System.Buffers;
using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Tests.Bson;

public sealed class BsonWriterTests
{
    [Fact]
    public void A_field_name_with_NUL_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => BsonSerializer.Serialize(new BsonDocument("a\0b", 1)));
        Assert.Contains("NUL", ex.Message);
    }

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BsonSerializer.Serialize(new BsonDocument("a", "\ud800")));
    }

    [Fact]
    public void A_document_that_contains_itself_is_refused_not_a_stack_overflow()
    {
        var doc = new BsonDocument();
        doc.Add("self", doc);
        Assert.Throws<ArgumentException>(() => BsonSerializer.Serialize(doc));
    }

    [Fact]
    public void Any_buffer_writer_receives_the_same_bytes()
    {
        var doc = new BsonDocument { { "a", 1 }, { "b", new BsonArray { "x", 2.5 } } };
        var abw = new ArrayBufferWriter<byte>();
        BsonSerializer.Serialize(doc, abw);
        Assert.Equal(BsonSerializer.Serialize(doc), abw.WrittenSpan.ToArray());
        Assert.Equal("28000000" + "10610001000000" + "046200" + "19000000" + "02300002000000" + "7800" + "013100" + "0000000000000440" + "00" + "00", Convert.ToHexStringLower(abw.WrittenSpan));
    }

    [Fact]
    public void NaN_is_written_with_the_canonical_quiet_NaN_bits()
    {
        var bytes = BsonSerializer.Serialize(new BsonDocument("d", double.NaN));
        Assert.Equal("000000000000f87f", Convert.ToHexStringLower(bytes.AsSpan(7, 8)));
    }
}
