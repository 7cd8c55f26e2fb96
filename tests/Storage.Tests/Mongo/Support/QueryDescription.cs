using CultureInfo = System.Globalization.CultureInfo;
using System.Text.Json.Nodes;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Mongo.Support;

/// <summary>
/// Plain JSON descriptions of the store-agnostic query model, for the JavaScript model in
/// tests/oracle/mongo/store-model.js (which translates them on its own). Values are described after the
/// store-agnostic normalization (DocumentValues), which both stores share.
/// </summary>
public static class QueryDescription
{
    public static JsonObject Value(object? raw)
    {
        if (raw is System.Collections.IEnumerable and not string)
        {
            var list = new JsonArray();
            foreach (var item in DocumentValues.NormalizeList(raw)) list.Add(Scalar(item));
            return new JsonObject { ["t"] = "list", ["v"] = list };
        }
        return Scalar(DocumentValues.Normalize(raw));
    }

    private static JsonObject Scalar(object? v) => v switch
    {
        null => new JsonObject { ["t"] = "n" },
        string s => new JsonObject { ["t"] = "s", ["v"] = s },
        bool b => new JsonObject { ["t"] = "b", ["v"] = b },
        long l => new JsonObject { ["t"] = "i", ["v"] = l.ToString(CultureInfo.InvariantCulture) },
        double d => new JsonObject { ["t"] = "d", ["v"] = d },
        _ => throw new ArgumentException("unexpected " + v.GetType()),
    };

    public static JsonNode? Filter(DocumentFilter? filter) => filter switch
    {
        null => null,
        AllOf all => new JsonObject { ["and"] = new JsonArray([.. all.Filters.Select(Filter)]) },
        AnyOf any => new JsonObject { ["or"] = new JsonArray([.. any.Filters.Select(Filter)]) },
        FieldCondition c => new JsonObject { ["path"] = c.Path.Value, ["op"] = c.Operator.ToString(), ["value"] = Value(c.Value) },
        _ => throw new ArgumentException("unknown filter"),
    };

    public static JsonArray Order(IReadOnlyList<SortKey> order) =>
        new([.. order.Select(k => (JsonNode)new JsonObject { ["path"] = k.Path.Value, ["desc"] = k.Descending })]);

    public static JsonArray Values(object?[] values) => new([.. values.Select(v => (JsonNode)Value(v))]);

    public static JsonArray Updates(IReadOnlyList<FieldUpdate> updates) =>
        new([.. updates.Select(u => (JsonNode)new JsonObject { ["path"] = u.Path.Value, ["kind"] = u.Kind.ToString(), ["value"] = Value(u.Value) })]);

    public static JsonArray Fields(IReadOnlyList<IReadOnlyList<string>>? indexes) =>
        new([.. (indexes ?? []).Select(f => (JsonNode)new JsonArray([.. f.Select(x => (JsonNode)JsonValue.Create(x)!)]))]);
}
