using StudyGraph.Domain.Common;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>What <see cref="DocumentSessionRepository"/> must do on any store (semantics of InMemorySessionRepository).</summary>
public abstract class SessionRepositoryContract : AdapterContract
{
    private static readonly string[] Choices = ["a", "b", "c", "d"];

    /// <summary>A real session (started by the Domain) of <paramref name="n"/> questions.</summary>
    internal static StudySession NewSession(string id, string user = "u1", DateTimeOffset? at = null, SessionMode mode = SessionMode.Practice, int n = 4)
    {
        var planned = Enumerable.Range(1, n).Select(i => new PlannedQuestion($"q{i}", "e1", i % 2 == 0 ? "e1.t2" : "e1.t1", Choices, ["a"])).ToList();
        var start = new SessionStart(id, user, mode, ["e1"], [], new SessionOptions(), null, null);
        var r = StudySession.Start(start, planned, new SeededRandom(7), at ?? T0);
        Assert.True(r.IsSuccess, r.ToString());
        return r.Value;
    }

    internal static void Answer(StudySession s, bool correct, DateTimeOffset at)
    {
        var q = s.Current!.QuestionId;
        var r = s.Answer(q, correct ? ["a"] : ["b"], at);
        Assert.True(r.IsSuccess, r.ToString());
    }

    [Fact]
    public async Task A_session_round_trips_exactly_and_every_read_is_a_fresh_copy()
    {
        var s = NewSession("s1");
        Answer(s, correct: false, T0.AddSeconds(5));
        Assert.Equal(SaveResult.Saved, await Repos.Sessions.InsertAsync(s));
        var a = await Repos.Sessions.GetAsync("s1");
        var b = await Repos.Sessions.GetAsync("s1");
        Assert.NotNull(a);
        Assert.NotSame(a, b);
        Assert.Equal(SessionJson.Serialize(s), SessionJson.Serialize(a));
        Assert.Null(await Repos.Sessions.GetAsync("missing"));
    }

    [Fact]
    public async Task Inserting_an_existing_id_is_a_conflict_and_keeps_the_first()
    {
        Assert.Equal(SaveResult.Saved, await Repos.Sessions.InsertAsync(NewSession("s1", user: "u1")));
        Assert.Equal(SaveResult.ConcurrencyConflict, await Repos.Sessions.InsertAsync(NewSession("s1", user: "u2")));
        Assert.Equal("u1", (await Repos.Sessions.GetAsync("s1"))!.UserId);
    }

    [Fact]
    public async Task Saves_check_the_domain_version_even_when_one_change_raises_it_by_more_than_one()
    {
        var s = NewSession("s1");
        await Repos.Sessions.InsertAsync(s);
        var loaded = (await Repos.Sessions.GetAsync("s1"))!;
        var expected = loaded.Version;
        Answer(loaded, correct: true, T0.AddSeconds(3));
        Assert.True(loaded.Pause(T0.AddSeconds(4)).IsSuccess);
        Assert.True(loaded.Version >= expected + 2);

        Assert.Equal(SaveResult.ConcurrencyConflict, await Repos.Sessions.SaveAsync(loaded, expected + 1));
        Assert.Equal(SaveResult.ConcurrencyConflict, await Repos.Sessions.SaveAsync(loaded, expected - 1));
        Assert.Equal(expected, (await Repos.Sessions.GetAsync("s1"))!.Version);

        Assert.Equal(SaveResult.Saved, await Repos.Sessions.SaveAsync(loaded, expected));
        var stored = (await Repos.Sessions.GetAsync("s1"))!;
        Assert.Equal(loaded.Version, stored.Version);
        Assert.Equal(SessionStatus.Paused, stored.Status);
        Assert.Equal(SaveResult.ConcurrencyConflict, await Repos.Sessions.SaveAsync(loaded, expected));
    }

    [Fact]
    public async Task Saving_a_session_that_does_not_exist_is_a_conflict_and_creates_nothing()
    {
        Assert.Equal(SaveResult.ConcurrencyConflict, await Repos.Sessions.SaveAsync(NewSession("ghost"), 0));
        Assert.Null(await Repos.Sessions.GetAsync("ghost"));
    }

    [Fact]
    public async Task A_save_from_a_stale_instance_never_overwrites_a_newer_write()
    {
        var other = await SecondInstanceAsync();
        var s = NewSession("s1");
        await Repos.Sessions.InsertAsync(s);

        // The other instance answers first (and moves the store version); this instance still remembers its insert.
        var theirs = (await other.Sessions.GetAsync("s1"))!;
        var expected = theirs.Version;
        Answer(theirs, correct: true, T0.AddSeconds(2));
        Assert.Equal(SaveResult.Saved, await other.Sessions.SaveAsync(theirs, expected));

        Answer(s, correct: false, T0.AddSeconds(3));
        Assert.Equal(SaveResult.ConcurrencyConflict, await Repos.Sessions.SaveAsync(s, expected));
        Assert.Equal(SessionJson.Serialize(theirs), SessionJson.Serialize((await Repos.Sessions.GetAsync("s1"))!));

        // Reloaded, this instance saves again (through the slow path, as its memory is stale).
        var mine = (await Repos.Sessions.GetAsync("s1"))!;
        var v = mine.Version;
        Answer(mine, correct: true, T0.AddSeconds(4));
        Assert.Equal(SaveResult.Saved, await Repos.Sessions.SaveAsync(mine, v));
        Assert.Equal(mine.Version, (await other.Sessions.GetAsync("s1"))!.Version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Racing_saves_of_one_version_let_exactly_one_win(bool twoInstances)
    {
        var other = twoInstances ? await SecondInstanceAsync() : Repos;
        await Repos.Sessions.InsertAsync(NewSession("s1"));
        var copies = new List<(DocumentSessionRepository Repo, StudySession Session, long Expected)>();
        for (var i = 0; i < 8; i++)
        {
            var repo = i % 2 == 0 ? Repos.Sessions : other.Sessions;
            var s = (await repo.GetAsync("s1"))!;
            var expected = s.Version;
            Answer(s, correct: i % 3 == 0, T0.AddSeconds(10 + i));
            copies.Add((repo, s, expected));
        }
        var results = await RaceAsync(copies.Count, async i => await copies[i].Repo.SaveAsync(copies[i].Session, copies[i].Expected));

        Assert.Single(results, r => r == SaveResult.Saved);
        var winner = copies[Array.IndexOf(results, SaveResult.Saved)].Session;
        Assert.Equal(SessionJson.Serialize(winner), SessionJson.Serialize((await Repos.Sessions.GetAsync("s1"))!));
    }

    [Fact]
    public async Task Listing_is_per_learner_newest_first_with_a_status_filter_and_paging()
    {
        for (var i = 0; i < 7; i++)
        {
            var s = NewSession($"s{i}", at: T0.AddMinutes(i % 4));
            if (i % 3 == 0) Assert.True(s.Abandon(T0.AddHours(1)).IsSuccess);
            await Repos.Sessions.InsertAsync(s);
        }
        await Repos.Sessions.InsertAsync(NewSession("other", user: "u2", at: T0.AddDays(1)));

        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Repos.Sessions.ListAsync(new SessionQuery("u1"), new PageRequest(3, after));
            Assert.Equal(7, page.TotalCount);
            seen.AddRange(page.Items.Select(s => s.Id));
            if (!page.HasNextPage) break;
            after = page.EndCursor;
        }
        // createdAt minutes: s0=0 s1=1 s2=2 s3=3 s4=0 s5=1 s6=2; ties newest id first, as in memory.
        Assert.Equal(["s3", "s6", "s2", "s5", "s1", "s4", "s0"], seen);

        var abandoned = await Repos.Sessions.ListAsync(new SessionQuery("u1", SessionStatus.Abandoned), new PageRequest(10));
        Assert.Equal(["s3", "s6", "s0"], abandoned.Items.Select(s => s.Id));
        Assert.Equal(3, abandoned.TotalCount);
    }

    [Fact]
    public async Task Connections_filter_order_and_page_both_ways_within_one_learner()
    {
        var modes = new[] { SessionMode.Practice, SessionMode.Timed, SessionMode.Review };
        for (var i = 0; i < 11; i++) await Repos.Sessions.InsertAsync(NewSession($"s{i:D2}", at: T0.AddMinutes(i), mode: modes[i % 3]));
        await Repos.Sessions.InsertAsync(NewSession("x", user: "u2", mode: SessionMode.Timed));

        var where = DocumentFilter.Field("mode", FilterOperator.In, new[] { DocumentJson.Name(SessionMode.Practice), DocumentJson.Name(SessionMode.Timed) });
        SortKey[] order = [SortKey.Desc("createdAt")];
        var expected = Enumerable.Range(0, 11).Where(i => i % 3 != 2).Select(i => $"s{i:D2}").Reverse().ToList();
        Assert.Equal(expected.Count, await Repos.Sessions.CountAsync("u1", where));

        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await Repos.Sessions.FindAsync("u1", new DocumentQuery { Where = where, Order = order, Limit = 3, After = after });
            Assert.Equal(after is not null, page.HasPreviousPage);
            forward.AddRange(page.Items.Select(s => s.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        } while (after is not null);
        Assert.Equal(expected, forward);

        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await Repos.Sessions.FindAsync("u1", new DocumentQuery { Where = where, Order = order, Limit = 3, Before = before, FromEnd = true });
            Assert.Equal(before is not null, page.HasNextPage);
            backward.InsertRange(0, page.Items.Select(s => s.Id));
            if (!page.HasPreviousPage) break;
            before = page.StartCursor;
        }
        Assert.Equal(expected, backward);

        // A where naming another learner still only sees this learner's sessions.
        var sneaky = await Repos.Sessions.FindAsync("u1", new DocumentQuery { Where = DocumentFilter.Eq("userId", "u2"), Limit = 10 });
        Assert.Empty(sneaky.Items);
    }

    [Fact]
    public async Task Deleting_a_learners_sessions_leaves_the_others()
    {
        await Repos.Sessions.InsertAsync(NewSession("a1", user: "ua"));
        await Repos.Sessions.InsertAsync(NewSession("a2", user: "ua"));
        await Repos.Sessions.InsertAsync(NewSession("b1", user: "ub"));
        Assert.Equal(2, await Repos.Sessions.DeleteByUserAsync("ua"));
        Assert.Equal(0, await Repos.Sessions.DeleteByUserAsync("ua"));
        Assert.Null(await Repos.Sessions.GetAsync("a1"));
        Assert.NotNull(await Repos.Sessions.GetAsync("b1"));
        Assert.Equal(0, (await Repos.Sessions.ListAsync(new SessionQuery("ua"), new PageRequest())).TotalCount);
    }
}
