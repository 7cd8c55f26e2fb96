using System.Text.Json;
using System.Text.Json.Nodes;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Mongo.Support;

/// <summary>
/// Runs store operations on our Mongo store and records each as a JSON description that
/// tests/oracle/mongo/store-driver.js replays with the official driver.
/// </summary>
public sealed class StoreScript(IDocumentStore store)
{
    private readonly Dictionary<string, IDocumentCollection> _collections = [];

    public JsonArray Operations { get; } = [];

    private static byte[] Doc(object value) => JsonSerializer.SerializeToUtf8Bytes(value);

    private void Record(string op, string collection, JsonObject? fields = null)
    {
        var o = new JsonObject { ["op"] = op, ["collection"] = collection };
        if (fields is not null)
        {
            foreach (var (k, v) in fields.ToList())
            {
                fields.Remove(k);
                o[k] = v;
            }
        }
        Operations.Add(o);
    }

    public async Task OpenAsync(CollectionDefinition definition)
    {
        _collections[definition.Name] = await store.OpenAsync(definition);
        Record("open", definition.Name, new JsonObject { ["indexes"] = QueryDescription.Fields(definition.Indexes), ["unique"] = QueryDescription.Fields(definition.UniqueIndexes) });
    }

    public async Task<bool> InsertAsync(string c, string id, object doc)
    {
        Record("insert", c, new JsonObject { ["id"] = id, ["doc"] = JsonSerializer.SerializeToNode(doc) });
        return await _collections[c].InsertAsync(id, Doc(doc));
    }

    public async Task<byte[]?> GetAsync(string c, string id)
    {
        Record("get", c, new JsonObject { ["id"] = id });
        return await _collections[c].GetAsync(id);
    }

    public async Task<long?> GetVersionAsync(string c, string id)
    {
        Record("getVersion", c, new JsonObject { ["id"] = id });
        return await _collections[c].GetVersionAsync(id);
    }

    public async Task<IReadOnlyList<byte[]>> GetManyAsync(string c, params string[] ids)
    {
        Record("getMany", c, new JsonObject { ["ids"] = new JsonArray([.. ids.Select(i => (JsonNode)JsonValue.Create(i))]) });
        return await _collections[c].GetManyAsync(ids);
    }

    public async Task UpsertManyAsync(string c, params (string Id, object Doc)[] docs)
    {
        Record("upsertMany", c, new JsonObject
        {
            ["docs"] = new JsonArray([.. docs.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["doc"] = JsonSerializer.SerializeToNode(d.Doc) })]),
        });
        await _collections[c].UpsertManyAsync([.. docs.Select(d => new KeyValuePair<string, byte[]>(d.Id, Doc(d.Doc)))]);
    }

    public async Task<bool> ReplaceAsync(string c, string id, object doc, long expectedVersion)
    {
        Record("replace", c, new JsonObject { ["id"] = id, ["doc"] = JsonSerializer.SerializeToNode(doc), ["expectedVersion"] = expectedVersion });
        return await _collections[c].ReplaceAsync(id, Doc(doc), expectedVersion);
    }

    public async Task UpdateAsync(string c, string id, FieldUpdate[] updates, object seed)
    {
        Record("update", c, new JsonObject { ["id"] = id, ["updates"] = QueryDescription.Updates(updates), ["seed"] = JsonSerializer.SerializeToNode(seed) });
        await _collections[c].UpdateAsync(id, updates, Doc(seed));
    }

    public async Task<DocumentPage> FindAsync(string c, DocumentQuery q)
    {
        var o = new JsonObject
        {
            ["where"] = QueryDescription.Filter(q.Where),
            ["order"] = QueryDescription.Order(q.Order),
            ["limit"] = q.Limit,
            ["fromEnd"] = q.FromEnd,
        };
        if (q.After is { } a) o["after"] = Cursor(a, q.Order);
        if (q.Before is { } b) o["before"] = Cursor(b, q.Order);
        Record("find", c, o);
        return await _collections[c].FindAsync(q);
    }

    private static JsonObject Cursor(string cursor, IReadOnlyList<SortKey> order)
    {
        var (values, id) = CursorCodec.Decode(cursor, order);
        return new JsonObject { ["values"] = QueryDescription.Values(values), ["id"] = id };
    }

    public async Task<long> CountAsync(string c, DocumentFilter? where)
    {
        Record("count", c, new JsonObject { ["where"] = QueryDescription.Filter(where) });
        return await _collections[c].CountAsync(where);
    }

    public async Task<bool> DeleteAsync(string c, string id)
    {
        Record("delete", c, new JsonObject { ["id"] = id });
        return await _collections[c].DeleteAsync(id);
    }

    public async Task<long> DeleteManyAsync(string c, DocumentFilter where)
    {
        Record("deleteMany", c, new JsonObject { ["where"] = QueryDescription.Filter(where) });
        return await _collections[c].DeleteManyAsync(where);
    }
}
