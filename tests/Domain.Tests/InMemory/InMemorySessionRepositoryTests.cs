using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Tests.InMemory;

public class InMemorySessionRepositoryTests
{
    private static StudySession Session(string id, long version) => StudySession.FromSnapshot(new StudySessionSnapshot
    {
        Id = id, UserId = "u1", Mode = SessionMode.Practice, ExamIds = ["e1"], Version = version,
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    });

    [Fact]
    public async Task Save_with_stale_expected_version_is_a_conflict_and_writes_nothing()
    {
        var repo = new InMemorySessionRepository();
        Assert.Equal(SaveResult.Saved, await repo.InsertAsync(Session("s1", 1)));
        Assert.Equal(SaveResult.ConcurrencyConflict, await repo.InsertAsync(Session("s1", 1)));
        Assert.Equal(SaveResult.Saved, await repo.SaveAsync(Session("s1", 2), expectedVersion: 1));
        Assert.Equal(SaveResult.ConcurrencyConflict, await repo.SaveAsync(Session("s1", 2), expectedVersion: 1));
        Assert.Equal(2, (await repo.GetAsync("s1"))!.Version);
        Assert.Equal(1, repo.Conflicts);
    }

    [Fact]
    public async Task Reads_are_independent_copies()
    {
        var repo = new InMemorySessionRepository();
        await repo.InsertAsync(Session("s1", 1));
        var a = await repo.GetAsync("s1");
        var b = await repo.GetAsync("s1");
        Assert.NotSame(a, b);
        Assert.Equal(SessionJson.Serialize(a!), SessionJson.Serialize(b!));
    }
}
