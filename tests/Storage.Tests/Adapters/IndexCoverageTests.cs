using StudyGraph.Storage.Adapters;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>Every field the API filters or sorts connections on (src/Storage/README.md) leads an index, after the owner's id for per-learner collections.</summary>
public sealed class IndexCoverageTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public static TheoryData<string, string, string?> ConnectionFields => new()
    {
        { "exams", "providerId", null },
        { "exams", "name", null },
        { "exams", "code", null },
        { "questions", "examId", null },
        { "questions", "topicId", null },
        { "questions", "difficulty", null },
        { "questions", "type", null },
        { "sessions", "createdAt", "userId" },
        { "sessions", "status", "userId" },
        { "sessions", "mode", "userId" },
        { "answerEvents", "occurredAt", "userId" },
        { "bookmarks", "createdAt", "userId" },
        { "goals", "createdAt", "userId" },
        { "refreshTokens", "familyId", null },
        { "learnerStats", "examId", "userId" },
        { "questionRatings", "examId", null },
    };

    [Theory]
    [MemberData(nameof(ConnectionFields))]
    public void The_field_leads_an_index_or_follows_the_owner(string collection, string field, string? owner)
    {
        var definition = DocumentRepositories.Definitions.Single(d => d.Name == collection);
        var covered = definition.Indexes.Any(ix =>
            (ix.Count > 0 && ix[0] == field) || (owner is not null && ix.Count > 1 && ix[0] == owner && ix[1] == field));
        Assert.True(covered, $"{collection}.{field} has no index");
    }

    [Fact]
    public void Every_collection_has_a_distinct_name()
    {
        var names = DocumentRepositories.Definitions.Select(d => d.Name).ToList();
        Assert.Equal(12, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task A_learners_newest_sessions_are_read_through_the_owner_index()
    {
        var (store, path) = await _stores.CreateWithPathAsync();
        await using var _ = store;
        await DocumentRepositories.OpenAsync(store, TimeProvider.System, CancellationToken.None);
        await using var conn = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM \"sessions\" WHERE json_extract(doc, '$.userId') = 'u1' " +
                          "ORDER BY json_extract(doc, '$.createdAt') DESC, id DESC LIMIT 11";
        await using var reader = await cmd.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        Assert.Contains(plan, p => p.Contains("ix_sessions_userId_createdAt", StringComparison.Ordinal));
    }

    public void Dispose() => _stores.Dispose();
}
