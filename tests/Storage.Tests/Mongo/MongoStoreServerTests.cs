using System.Text;
using System.Text.Json;
using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Tests.Mongo.Support;
using StudyGraph.Testing;

namespace StudyGraph.Storage.Tests.Mongo;

/// <summary>Semantics the Mongo layout must get right beyond the shared contract (real server only).</summary>
public sealed class MongoStoreServerTests
{
    private static byte[] Doc(object value) => JsonSerializer.SerializeToUtf8Bytes(value);

    private static JsonElement Parse(byte[]? json) => JsonDocument.Parse(json ?? throw new Xunit.Sdk.XunitException("document missing")).RootElement;

    [RequiresEnvFact(ServerStores.Variable, ServerStores.Reason)]
    public async Task An_update_of_a_missing_document_starts_from_the_seed_values()
    {
        await using var store = await ServerStores.OpenAsync();
        var c = await store.OpenAsync(new CollectionDefinition("stats", []));
        await c.UpdateAsync("s", [FieldUpdate.Inc("answered", 1L), FieldUpdate.Max("best", 3L), FieldUpdate.Min("worst", 9L)],
            Doc(new { id = "s", answered = 10, best = 7, worst = 2 }));
        var doc = Parse(await c.GetAsync("s"));
        Assert.Equal(11, doc.GetProperty("answered").GetInt64());
        Assert.Equal(7, doc.GetProperty("best").GetInt64());
        Assert.Equal(2, doc.GetProperty("worst").GetInt64());
        Assert.Equal(1, await c.GetVersionAsync("s"));
        await c.UpdateAsync("s", [FieldUpdate.Inc("answered", 1L)], Doc(new { id = "s" }));
        Assert.Equal(2, await c.GetVersionAsync("s"));
    }

    [RequiresEnvFact(ServerStores.Variable, ServerStores.Reason)]
    public async Task Dollar_strings_are_values_and_regex_metacharacters_match_literally()
    {
        await using var store = await ServerStores.OpenAsync();
        var c = await store.OpenAsync(new CollectionDefinition("things", []));
        await c.UpdateAsync("x", [FieldUpdate.Set("label", "$answered")], Doc(new { id = "x", answered = 4, text = "a.b*(c)[d]^$" }));
        Assert.Equal("$answered", Parse(await c.GetAsync("x")).GetProperty("label").GetString());
        Assert.Equal(1, await c.CountAsync(DocumentFilter.Field("text", FilterOperator.Contains, "*(c)[d]^$")));
        Assert.Equal(1, await c.CountAsync(DocumentFilter.Field("text", FilterOperator.StartsWith, "a.b")));
        Assert.Equal(0, await c.CountAsync(DocumentFilter.Field("text", FilterOperator.StartsWith, "a?b")));
    }

    [RequiresEnvFact(ServerStores.Variable, ServerStores.Reason)]
    public async Task Documents_without_a_unique_field_do_not_collide_but_a_replace_onto_a_taken_value_does()
    {
        await using var store = await ServerStores.OpenAsync();
        var c = await store.OpenAsync(new CollectionDefinition("users", [], [["email"]]));
        Assert.True(await c.InsertAsync("1", Doc(new { id = "1" })));
        Assert.True(await c.InsertAsync("2", Doc(new { id = "2" })));
        Assert.True(await c.InsertAsync("3", Doc(new { id = "3", email = "a@x" })));
        await Assert.ThrowsAsync<DuplicateKeyException>(async () => await c.ReplaceAsync("1", Doc(new { id = "1", email = "a@x" }), 1));
        Assert.Equal("{\"id\":\"1\"}", Encoding.UTF8.GetString((await c.GetAsync("1"))!));
    }
}
