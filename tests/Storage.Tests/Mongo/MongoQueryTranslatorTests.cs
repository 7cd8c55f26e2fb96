using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Bson.Json;
using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Mongo;
using StudyGraph.Storage.Tests.Mongo.Support;
using StudyGraph.Testing;

namespace StudyGraph.Storage.Tests.Mongo;

/// <summary>
/// Our filter, sort, keyset, update-pipeline and index translations against an independent JavaScript model
/// (tests/oracle/mongo/store-model.js) whose output is printed by the official bson package's EJSON.
/// </summary>
public sealed class MongoQueryTranslatorTests
{
    private sealed record Case(string Name, JsonObject Description, Func<BsonDocument> Ours);

    private static readonly DateTimeOffset When = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(2));

    private static IEnumerable<Case> FilterCases()
    {
        var values = new object?[] { "g1", "", "ünïcødé ✓", 0, 1, -1, int.MaxValue, int.MinValue, 2_147_483_648L, -5_000_000_000L, long.MaxValue,
            0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, true, false, null, When, (short)7, 3.5f, 12.5m, FilterOperator.Gte };
        var ops = Enum.GetValues<FilterOperator>().Where(o => o is not (FilterOperator.In or FilterOperator.Nin)).ToArray();
        var i = 0;
        foreach (var op in ops)
        {
            foreach (var v in values)
            {
                var f = DocumentFilter.Field(i % 3 == 0 ? "exam.topic.id" : "group", op, v);
                yield return FilterCase($"{op} {v}", f);
                i++;
            }
        }
        var strings = new[] { "a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o", "/slash/ -dash- #hash", "new\nline\ttab", "nul\0byte", "^$", "\\", "(?i)x" };
        foreach (var s in strings)
        {
            yield return FilterCase("contains " + s, DocumentFilter.Field("name", FilterOperator.Contains, s));
            yield return FilterCase("starts " + s, DocumentFilter.Field("name", FilterOperator.StartsWith, s));
        }
        yield return FilterCase("in mixed", DocumentFilter.Field("rank", FilterOperator.In, new object?[] { 1, 2L, 3_000_000_000L, 1.5, "x", null, true }));
        yield return FilterCase("in empty", DocumentFilter.Field("rank", FilterOperator.In, Array.Empty<object>()));
        yield return FilterCase("nin strings", DocumentFilter.Field("group", FilterOperator.Nin, new List<string> { "g1", "g2" }));
        yield return FilterCase("nin with null", DocumentFilter.Field("group", FilterOperator.Nin, new object?[] { null }));
        yield return FilterCase("and empty", DocumentFilter.And());
        yield return FilterCase("or empty", DocumentFilter.Or());
        yield return FilterCase("nested", DocumentFilter.Or(
            DocumentFilter.And(DocumentFilter.Eq("group", "g1"), DocumentFilter.Field("rank", FilterOperator.Gt, 2)),
            DocumentFilter.And(),
            DocumentFilter.Or(DocumentFilter.Eq("name", "Charlie"), DocumentFilter.Field("tags", FilterOperator.ArrayContains, "x")),
            DocumentFilter.Field("name", FilterOperator.StartsWith, "Al")));
        yield return FilterCase("and of one", DocumentFilter.And(DocumentFilter.Eq("a", 1)));
    }

    private static Case FilterCase(string name, DocumentFilter f) =>
        new("filter " + name, new JsonObject { ["kind"] = "filter", ["filter"] = QueryDescription.Filter(f) }, () => new BsonDocument("f", MongoQueryTranslator.Filter(f)));

    private static IEnumerable<Case> KeysetCases()
    {
        var orders = new SortKey[][]
        {
            [],
            [SortKey.Asc("group")],
            [SortKey.Desc("group")],
            [SortKey.Asc("group"), SortKey.Desc("rank")],
            [SortKey.Desc("exam.id"), SortKey.Asc("rank"), SortKey.Desc("score")],
        };
        var samples = new object?[] { "g1", null, 3L, 2.5, true, 4_000_000_000L };
        var n = 0;
        foreach (var order in orders)
        {
            foreach (var reverse in new[] { false, true })
            {
                for (var s = 0; s < 3; s++)
                {
                    var values = new object?[order.Length];
                    for (var k = 0; k < order.Length; k++) values[k] = samples[(n + k * 2 + s) % samples.Length];
                    n++;
                    var id = "id" + n;
                    yield return new Case($"after {order.Length} keys reverse={reverse} #{s}",
                        new JsonObject { ["kind"] = "after", ["order"] = QueryDescription.Order(order), ["values"] = QueryDescription.Values(values), ["id"] = id, ["reverse"] = reverse },
                        () => new BsonDocument("f", MongoQueryTranslator.After(order, values, id, reverse)));
                }
                yield return new Case($"sort {order.Length} keys reverse={reverse}",
                    new JsonObject { ["kind"] = "sort", ["order"] = QueryDescription.Order(order), ["reverse"] = reverse },
                    () => new BsonDocument("s", MongoQueryTranslator.Sort(order, reverse)));
            }
        }
    }

    private static IEnumerable<Case> UpdateCases()
    {
        var seeds = new object?[]
        {
            new { id = "s", answered = 0, label = "seeded" },
            new { id = "s", big = 5_000_000_000L, ratio = 0.25, nested = new { a = new[] { 1, 2 }, b = (string?)null }, flag = false },
            null,
        };
        var lists = new FieldUpdate[][]
        {
            [FieldUpdate.Inc("answered", 1L), FieldUpdate.Inc("time", 0.5)],
            [FieldUpdate.Max("hi", 5L), FieldUpdate.Min("lo", 5L), FieldUpdate.Set("flag", true), FieldUpdate.Set("nested.name", "n1")],
            [FieldUpdate.Set("label", "$answered"), FieldUpdate.Set("gone", null), FieldUpdate.Inc("big", 3_000_000_000L), FieldUpdate.Max("when", When)],
            [FieldUpdate.Min("score", -0.5), FieldUpdate.Set("stats.topic.count", 2)],
            [FieldUpdate.Inc("a", 1L), FieldUpdate.Set("a", 2)],
            [FieldUpdate.Set("a", 1), FieldUpdate.Set("a.b", 2)],
            [FieldUpdate.Set("a.b", 1), FieldUpdate.Set("a", 2)],
            [new FieldUpdate(FieldPath.Parse("x"), UpdateKind.Increment, "one")],
            [],
        };
        foreach (var seed in seeds)
        {
            foreach (var updates in lists)
            {
                var seedJson = seed is null ? null : JsonSerializer.SerializeToNode(seed);
                yield return new Case($"update {string.Join(",", updates.Select(u => u.Kind + " " + u.Path))} seed={seedJson?.ToJsonString()}",
                    new JsonObject { ["kind"] = "update", ["updates"] = QueryDescription.Updates(updates), ["seed"] = seedJson },
                    () =>
                    {
                        var bsonSeed = seedJson is null ? new BsonDocument() : BsonJsonMapper.FromJson(seedJson.ToJsonString());
                        var pipeline = new BsonArray();
                        foreach (var stage in MongoUpdateTranslator.Pipeline(updates, bsonSeed)) pipeline.Add(stage);
                        return new BsonDocument("p", pipeline);
                    });
            }
        }
    }

    private static IEnumerable<Case> IndexCases()
    {
        var definitions = new[]
        {
            new CollectionDefinition("things", [["group"], ["group", "rank"]], [["email"]]),
            new CollectionDefinition("stats", [["userId", "examId", "topicId"]], [["userId", "key"], ["token.hash"]]),
            new CollectionDefinition("plain", []),
        };
        foreach (var d in definitions)
        {
            yield return new Case("indexes " + d.Name,
                new JsonObject { ["kind"] = "indexes", ["indexes"] = QueryDescription.Fields(d.Indexes), ["unique"] = QueryDescription.Fields(d.UniqueIndexes) },
                () =>
                {
                    var list = new BsonArray();
                    foreach (var m in MongoDocumentStore.IndexModels(d))
                    {
                        var spec = new BsonDocument("name", m.EffectiveName);
                        if (m.Unique) spec.Add("unique", true);
                        if (m.PartialFilterExpression is not null) spec.Add("partialFilterExpression", m.PartialFilterExpression);
                        spec.Add("key", m.Keys);
                        list.Add(spec);
                    }
                    return new BsonDocument("i", list);
                });
        }
    }

    [Fact]
    public void Translations_equal_the_independent_javascript_model()
    {
        var cases = FilterCases().Concat(KeysetCases()).Concat(UpdateCases()).Concat(IndexCases()).ToList();
        var input = new JsonArray([.. cases.Select(c => (JsonNode)c.Description)]).ToJsonString();
        var output = JsonNode.Parse(NodeOracle.Run("mongo/translate.js", input))!.AsArray();
        Assert.Equal(cases.Count, output.Count);
        var failures = new List<string>();
        int agreed = 0, errors = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            string ours;
            try
            {
                ours = ExtendedJsonWriter.Write(cases[i].Ours(), ExtendedJsonMode.Canonical);
            }
            catch (ArgumentException e)
            {
                ours = "error: " + e.Message;
            }
            var theirs = output[i]!["ejson"]?.GetValue<string>();
            var theirError = output[i]!["error"]?.GetValue<string>();
            var agree = theirs is null ? ours.StartsWith("error: ", StringComparison.Ordinal) : ours == theirs;
            if (!agree) failures.Add($"{cases[i].Name}\n  ours   {ours}\n  theirs {theirs ?? "error: " + theirError}");
            else if (theirs is null) errors++;
            else agreed++;
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} differ:\n" + string.Join("\n", failures.Take(20)));
        // The corpus must exercise both outcomes: translations and refusals.
        Assert.True(agreed > 200 && errors > 20, $"agreed {agreed}, refused {errors}");
    }

    [Fact]
    public void Escaped_patterns_match_the_text_literally()
    {
        var rnd = new Random(11);
        const string alphabet = "ab.*+?^${}()|[]\\/-#\n\0 é✓";
        for (var n = 0; n < 2_000; n++)
        {
            var text = new string(Enumerable.Range(0, rnd.Next(0, 12)).Select(_ => alphabet[rnd.Next(alphabet.Length)]).ToArray());
            var pattern = MongoQueryTranslator.EscapeRegex(text);
            Assert.DoesNotContain('\0', pattern);
            Assert.Matches(new Regex("^" + pattern + "$", RegexOptions.CultureInvariant), text);
            Assert.True(Regex.IsMatch("zz" + text + "zz", pattern, RegexOptions.CultureInvariant));
            if (text.Length > 0) Assert.DoesNotMatch(new Regex("^" + pattern, RegexOptions.CultureInvariant), "q" + text);
        }
    }

    [Fact]
    public void Values_keep_the_smallest_integer_type_and_refuse_what_a_document_cannot_hold()
    {
        Assert.Equal(BsonType.Int32, MongoQueryTranslator.Value(5L).Type);
        Assert.Equal(BsonType.Int64, MongoQueryTranslator.Value(5_000_000_000L).Type);
        Assert.Equal(BsonType.Double, MongoQueryTranslator.Value(5.0).Type);
        Assert.Equal(DocumentValues.Normalize(When), MongoQueryTranslator.Value(When).AsString);
        Assert.StartsWith("2026-03-04T03:06:07.89", MongoQueryTranslator.Value(When).AsString);
        Assert.Throws<ArgumentException>(() => MongoQueryTranslator.Value(new object()));
        Assert.Throws<ArgumentException>(() => MongoQueryTranslator.Filter(DocumentFilter.Field("a", FilterOperator.In, "not a list")));
    }
}
