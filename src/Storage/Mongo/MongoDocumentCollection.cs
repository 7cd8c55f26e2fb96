using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Mongo;

/// <summary>One collection of the MongoDB store: documents <c>{ _id, v, d }</c>.</summary>
internal sealed partial class MongoDocumentCollection : IDocumentCollection
{
    private const string D = MongoQueryTranslator.DocumentField;
    private const string V = MongoQueryTranslator.VersionField;
    private static readonly BsonDocument DocumentOnly = new(D, 1);
    private static readonly BsonDocument VersionOnly = new(V, 1);
    private readonly MongoCollection _collection;

    public MongoDocumentCollection(MongoCollection collection) => _collection = collection;

    public string Name => _collection.Name;

    private static BsonDocument ById(string id) => new("_id", id);

    private static BsonValue Number(long n) => n is >= int.MinValue and <= int.MaxValue ? BsonValue.FromInt32((int)n) : BsonValue.FromInt64(n);

    /// <summary>The JSON document as BSON (it must be a JSON object).</summary>
    private static BsonDocument ToBson(ReadOnlyMemory<byte> json, string what) => MongoDocumentCodec.FromJson(json, what);

    /// <summary>The JSON bytes of a stored document's <c>d</c>.</summary>
    private byte[] ToJson(BsonDocument stored)
    {
        if (!stored.TryGetDocument(D, out var d))
        {
            var id = stored.TryGetValue("_id", out var i) ? i.ToString() : "?";
            throw new InvalidDataException($"Document {id} of '{Name}' has no '{D}' field: it was not written by StudyGraph.");
        }
        return MongoDocumentCodec.ToJson(d);
    }

    /// <summary>True when <paramref name="e"/> is a duplicate key on <c>_id</c> (as opposed to another unique index).</summary>
    private static bool IsDuplicateId(MongoWriteException e) =>
        e.WriteErrors.Count > 0 && e.WriteErrors[0].Code == 11000 && e.WriteErrors[0].Message.Contains(" index: _id_ ", StringComparison.Ordinal);

    private DuplicateKeyException Duplicate(MongoWriteException e) => new(Name, e.WriteErrors.Count > 0 ? e.WriteErrors[0].Message : e.Message, e);
}
