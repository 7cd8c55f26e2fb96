using System.Text;
using System.Text.Json;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Documents;

/// <summary>
/// The behaviour every document store must have. Each store's test class derives from this and supplies a
/// fresh, empty store; the Mongo store runs the same suite when MONGODB_URI is set.
/// </summary>
public abstract class DocumentStoreContract : IAsyncLifetime
{
    private IDocumentStore? _store;

    protected IDocumentStore Store => _store ?? throw new InvalidOperationException("not initialized");

    /// <summary>A new, empty store.</summary>
    protected abstract ValueTask<IDocumentStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
    }

    private static readonly CollectionDefinition Things = new("things", [["group"], ["group", "rank"]], [["email"]]);

    private static byte[] Doc(object value) => JsonSerializer.SerializeToUtf8Bytes(value);

    private static JsonElement Parse(byte[]? json) => JsonDocument.Parse(json ?? throw new Xunit.Sdk.XunitException("document missing")).RootElement;

    private async Task<IDocumentCollection> SeededAsync()
    {
        var c = await Store.OpenAsync(Things);
        var docs = new[]
        {
            new { id = "a", group = "g1", rank = 3, name = "Alpha", score = 1.5, active = true, tags = new[] { "x", "y" }, email = "a@x" },
            new { id = "b", group = "g1", rank = 1, name = "Bravo", score = 2.5, active = false, tags = new[] { "y" }, email = "b@x" },
            new { id = "c", group = "g2", rank = 2, name = "Charlie", score = -1.0, active = true, tags = Array.Empty<string>(), email = "c@x" },
            new { id = "d", group = "g2", rank = 2, name = "delta's \"quoted\"", score = 0.0, active = false, tags = new[] { "x" }, email = "d@x" },
        };
        await c.UpsertManyAsync(docs.Select(d => new KeyValuePair<string, byte[]>(d.id, Doc(d))).ToList());
        await c.InsertAsync("e", Doc(new { id = "e", name = "Echo (no group)", email = "e@x" }));
        return c;
    }

    private static async Task<string[]> Ids(IDocumentCollection c, DocumentFilter? where, params SortKey[] order)
    {
        var page = await c.FindAsync(new DocumentQuery { Where = where, Order = order, Limit = 100 });
        return page.Items.Select(i => Parse(i).GetProperty("id").GetString()!).ToArray();
    }

    [Fact]
    public async Task Insert_then_get_returns_the_document_and_a_second_insert_is_refused()
    {
        var c = await Store.OpenAsync(Things);
        Assert.True(await c.InsertAsync("k", Doc(new { id = "k", n = 1 })));
        Assert.False(await c.InsertAsync("k", Doc(new { id = "k", n = 2 })));
        Assert.Equal(1, Parse(await c.GetAsync("k")).GetProperty("n").GetInt32());
        Assert.Equal(1, await c.GetVersionAsync("k"));
        Assert.Null(await c.GetAsync("missing"));
        Assert.Null(await c.GetVersionAsync("missing"));
    }

    [Fact]
    public async Task Replace_succeeds_only_at_the_expected_version()
    {
        var c = await Store.OpenAsync(Things);
        await c.InsertAsync("k", Doc(new { id = "k", n = 1 }));
        Assert.False(await c.ReplaceAsync("k", Doc(new { id = "k", n = 9 }), expectedVersion: 0));
        Assert.True(await c.ReplaceAsync("k", Doc(new { id = "k", n = 2 }), expectedVersion: 1));
        Assert.False(await c.ReplaceAsync("k", Doc(new { id = "k", n = 3 }), expectedVersion: 1));
        Assert.Equal(2, Parse(await c.GetAsync("k")).GetProperty("n").GetInt32());
        Assert.Equal(2, await c.GetVersionAsync("k"));
        Assert.False(await c.ReplaceAsync("nope", Doc(new { id = "nope" }), expectedVersion: 1));
    }

    [Fact]
    public async Task Racing_replaces_of_one_version_let_exactly_one_win()
    {
        var c = await Store.OpenAsync(Things);
        await c.InsertAsync("k", Doc(new { id = "k", n = 0 }));
        var tasks = Enumerable.Range(1, 16).Select(i => Task.Run(async () => await c.ReplaceAsync("k", Doc(new { id = "k", n = i }), 1))).ToArray();
        var results = await Task.WhenAll(tasks);
        Assert.Equal(1, results.Count(r => r));
        var winner = Array.IndexOf(results, true) + 1;
        Assert.Equal(winner, Parse(await c.GetAsync("k")).GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Upsert_many_replaces_existing_documents_and_bumps_their_version()
    {
        var c = await SeededAsync();
        await c.UpsertManyAsync([new("a", Doc(new { id = "a", group = "g9", email = "a@x" }))]);
        Assert.Equal("g9", Parse(await c.GetAsync("a")).GetProperty("group").GetString());
        Assert.Equal(2, await c.GetVersionAsync("a"));
        Assert.Equal(5, await c.CountAsync());
    }

    [Fact]
    public async Task Concurrent_increments_are_never_lost()
    {
        var c = await Store.OpenAsync(Things);
        var seed = Doc(new { id = "s", answered = 0, label = "seeded" });
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
            await c.UpdateAsync("s", [FieldUpdate.Inc("answered", 1L), FieldUpdate.Inc("time", 0.5)], seed))));
        var doc = Parse(await c.GetAsync("s"));
        Assert.Equal(50, doc.GetProperty("answered").GetInt64());
        Assert.Equal(25.0, doc.GetProperty("time").GetDouble());
        Assert.Equal("seeded", doc.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Set_max_and_min_apply_on_create_and_on_update()
    {
        var c = await Store.OpenAsync(Things);
        await c.UpdateAsync("m", [FieldUpdate.Max("hi", 5L), FieldUpdate.Min("lo", 5L), FieldUpdate.Set("flag", true), FieldUpdate.Set("nested.name", "n1")], Doc(new { id = "m" }));
        await c.UpdateAsync("m", [FieldUpdate.Max("hi", 3L), FieldUpdate.Min("lo", 3L), FieldUpdate.Set("flag", false)], Doc(new { id = "m" }));
        await c.UpdateAsync("m", [FieldUpdate.Max("hi", 9L), FieldUpdate.Min("lo", 4L)], Doc(new { id = "m" }));
        var doc = Parse(await c.GetAsync("m"));
        Assert.Equal(9, doc.GetProperty("hi").GetInt64());
        Assert.Equal(3, doc.GetProperty("lo").GetInt64());
        Assert.Equal(JsonValueKind.False, doc.GetProperty("flag").ValueKind);
        Assert.Equal("n1", doc.GetProperty("nested").GetProperty("name").GetString());
    }

    public static TheoryData<string, FilterOperator, object?, string> Operators => new()
    {
        { "group", FilterOperator.Eq, "g1", "a,b" },
        { "group", FilterOperator.Neq, "g1", "c,d,e" },
        { "group", FilterOperator.Eq, null, "e" },
        { "group", FilterOperator.Neq, null, "a,b,c,d" },
        { "group", FilterOperator.In, new[] { "g2", "zz" }, "c,d" },
        { "group", FilterOperator.Nin, new[] { "g2" }, "a,b,e" },
        { "name", FilterOperator.Contains, "ar", "c" },
        { "name", FilterOperator.Contains, "\"quoted\"", "d" },
        { "name", FilterOperator.StartsWith, "Al", "a" },
        { "name", FilterOperator.StartsWith, "al", "" },
        { "rank", FilterOperator.Gt, 1, "a,c,d" },
        { "rank", FilterOperator.Gte, 2, "a,c,d" },
        { "rank", FilterOperator.Lt, 2, "b" },
        { "rank", FilterOperator.Lte, 2, "b,c,d" },
        { "score", FilterOperator.Gt, 0.0, "a,b" },
        { "active", FilterOperator.Eq, true, "a,c" },
        { "tags", FilterOperator.ArrayContains, "x", "a,d" },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Each_filter_operator_selects_what_it_says(string path, FilterOperator op, object? value, string expected)
    {
        var c = await SeededAsync();
        var ids = await Ids(c, DocumentFilter.Field(path, op, value), SortKey.Asc("id"));
        Assert.Equal(expected, string.Join(",", ids));
    }

    [Fact]
    public async Task And_or_and_count_compose()
    {
        var c = await SeededAsync();
        var f = DocumentFilter.Or(
            DocumentFilter.And(DocumentFilter.Eq("group", "g1"), DocumentFilter.Field("rank", FilterOperator.Gt, 2)),
            DocumentFilter.Eq("name", "Charlie"));
        Assert.Equal("a,c", string.Join(",", await Ids(c, f)));
        Assert.Equal(2, await c.CountAsync(f));
        Assert.Equal(0, await c.CountAsync(DocumentFilter.Or()));
        Assert.Equal(5, await c.CountAsync(DocumentFilter.And()));
    }

    [Fact]
    public async Task Sorting_puts_missing_values_first_ascending_and_last_descending_with_id_as_tie_breaker()
    {
        var c = await SeededAsync();
        Assert.Equal("e,b,c,d,a", string.Join(",", await Ids(c, null, SortKey.Asc("rank"))));
        Assert.Equal("a,c,d,b,e", string.Join(",", await Ids(c, null, SortKey.Desc("rank"))));
        Assert.Equal("e,b,a,d,c", string.Join(",", await Ids(c, null, SortKey.Asc("group"), SortKey.Desc("id"))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Paging_forward_and_backward_visits_every_document_once_in_order(bool descending)
    {
        var c = await Store.OpenAsync(Things);
        var rnd = new Random(7);
        var docs = Enumerable.Range(0, 57).Select(i => new { id = $"id{i:D3}", group = rnd.Next(4) == 0 ? null : $"g{rnd.Next(5)}", rank = rnd.Next(3), email = $"{i}@x" }).ToList();
        await c.UpsertManyAsync(docs.Select(d => new KeyValuePair<string, byte[]>(d.id, Doc(d))).ToList());
        SortKey[] order = [descending ? SortKey.Desc("group") : SortKey.Asc("group"), SortKey.Asc("rank")];
        var all = await Ids(c, null, order);
        Assert.Equal(57, all.Length);

        var forward = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await c.FindAsync(new DocumentQuery { Order = order, Limit = 10, After = after });
            forward.AddRange(page.Items.Select(i => Parse(i).GetProperty("id").GetString()!));
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage) break;
            after = page.Cursors[^1];
        }
        Assert.Equal(all, forward);

        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await c.FindAsync(new DocumentQuery { Order = order, Limit = 10, Before = before, FromEnd = true });
            backward.InsertRange(0, page.Items.Select(i => Parse(i).GetProperty("id").GetString()!));
            if (!page.HasPreviousPage) break;
            before = page.Cursors[0];
        }
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task A_cursor_from_another_order_or_garbage_is_refused_clearly()
    {
        var c = await SeededAsync();
        var page = await c.FindAsync(new DocumentQuery { Order = [SortKey.Asc("rank")], Limit = 2 });
        await Assert.ThrowsAsync<InvalidCursorException>(async () => await c.FindAsync(new DocumentQuery { Order = [SortKey.Asc("rank"), SortKey.Asc("group")], After = page.Cursors[0] }));
        await Assert.ThrowsAsync<InvalidCursorException>(async () => await c.FindAsync(new DocumentQuery { After = "%%%not base64" }));
        await Assert.ThrowsAsync<InvalidCursorException>(async () => await c.FindAsync(new DocumentQuery { After = Convert.ToBase64String(Encoding.UTF8.GetBytes("{}")) }));
    }

    [Fact]
    public async Task A_second_document_with_a_unique_field_value_is_refused()
    {
        var c = await SeededAsync();
        await Assert.ThrowsAsync<DuplicateKeyException>(async () => await c.InsertAsync("z", Doc(new { id = "z", email = "a@x" })));
        Assert.Null(await c.GetAsync("z"));
    }

    [Fact]
    public async Task Delete_and_delete_many_remove_what_they_match()
    {
        var c = await SeededAsync();
        Assert.True(await c.DeleteAsync("a"));
        Assert.False(await c.DeleteAsync("a"));
        Assert.Equal(2, await c.DeleteManyAsync(DocumentFilter.Eq("group", "g2")));
        Assert.Equal("b,e", string.Join(",", await Ids(c, null)));
    }

    [Fact]
    public async Task Get_many_returns_the_existing_documents()
    {
        var c = await SeededAsync();
        var found = await c.GetManyAsync(["a", "zz", "c"]);
        Assert.Equal("a,c", string.Join(",", found.Select(d => Parse(d).GetProperty("id").GetString()).Order()));
        Assert.Empty(await c.GetManyAsync([]));
    }

    [Theory]
    [InlineData("name') OR 1=1 --")]
    [InlineData("a..b")]
    [InlineData("9lives")]
    [InlineData("")]
    public void Field_paths_that_are_not_identifiers_are_refused(string path)
    {
        Assert.Throws<ArgumentException>(() => DocumentFilter.Eq(path, 1));
    }

    [Fact]
    public async Task Ping_answers()
    {
        Assert.True(await Store.PingAsync());
    }
}
