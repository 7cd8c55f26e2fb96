using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Tests.Accounts;

public class SessionDataPortTests
{
    private static StudySession Session(string id, string user)
    {
        PlannedQuestion[] planned = [new("q1", "e1", "e1.t1", ["a", "b"], ["a"]), new("q2", "e1", "e1.t1", ["a", "b"], ["b"])];
        var start = new SessionStart(id, user, SessionMode.Practice, ["e1"], [], new SessionOptions(), null, null);
        return StudySession.Start(start, planned, new SeededRandom(7), new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)).Value;
    }

    [Fact]
    public async Task Sessions_of_the_user_are_exported_as_snapshots_and_deleted()
    {
        var repo = new InMemorySessionRepository();
        await repo.InsertAsync(Session("s1", "ada"));
        await repo.InsertAsync(Session("s2", "ada"));
        await repo.InsertAsync(Session("s3", "bob"));
        var port = new SessionDataPort(repo);

        var exported = await port.ExportAsync("ada");
        Assert.Equal(["s1", "s2"], exported.Cast<StudySessionSnapshot>().Select(s => s.Id).Order());
        Assert.Equal(new ErasureOutcome("sessions", 2, 0), await port.EraseAsync("ada", "anon-x"));
        Assert.Null(await repo.GetAsync("s1"));
        Assert.NotNull(await repo.GetAsync("s3"));
    }
}
