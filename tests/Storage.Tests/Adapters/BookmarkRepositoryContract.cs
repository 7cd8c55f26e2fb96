using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>
/// What every <see cref="IBookmarkRepository"/> must do. Runs over the document adapter of a store, and (by overriding
/// <see cref="CreateRepository"/>) over the in-memory repository, so both keep the same semantics.
/// </summary>
public abstract class BookmarkRepositoryContract : AdapterContract
{
    private IBookmarkRepository? _repo;

    protected IBookmarkRepository Bookmarks => _repo ??= CreateRepository();

    /// <summary>The repository under test, on <see cref="AdapterContract.Time"/>.</summary>
    protected virtual IBookmarkRepository CreateRepository() => Repos.Bookmarks;

    [Fact]
    public async Task Adding_is_idempotent_keeps_the_first_time_and_replaces_the_note_only_when_given()
    {
        var first = await Bookmarks.AddAsync("u1", "q1", "tricky");
        Assert.Equal(new Bookmark("u1", "q1", "tricky", T0), first);
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(first, await Bookmarks.AddAsync("u1", "q1"));
        Assert.Equal(first, await Bookmarks.AddAsync("u1", "q1", "tricky"));
        var renoted = await Bookmarks.AddAsync("u1", "q1", "read the FAQ");
        Assert.Equal(first with { Note = "read the FAQ" }, renoted);

        var page = await Bookmarks.ListAsync("u1", new PageRequest());
        Assert.Equal([renoted], page.Items);
        Assert.Equal(1, page.TotalCount);
        Assert.True(await Bookmarks.IsBookmarkedAsync("u1", "q1"));
        Assert.False(await Bookmarks.IsBookmarkedAsync("u2", "q1"));
        Assert.False(await Bookmarks.IsBookmarkedAsync("u1", "q2"));
    }

    [Fact]
    public async Task Racing_adds_of_one_bookmark_store_one()
    {
        var results = await RaceAsync(6, async i => await Bookmarks.AddAsync("u1", "q1"));
        Assert.All(results, b => Assert.Equal(results[0], b));
        Assert.Equal(1, (await Bookmarks.ListAsync("u1", new PageRequest())).TotalCount);
    }

    [Fact]
    public async Task Removing_takes_one_bookmark_away()
    {
        await Bookmarks.AddAsync("u1", "q1");
        await Bookmarks.AddAsync("u1", "q2");
        Assert.True(await Bookmarks.RemoveAsync("u1", "q1"));
        Assert.False(await Bookmarks.RemoveAsync("u1", "q1"));
        Assert.False(await Bookmarks.RemoveAsync("u2", "q2"));
        Assert.False(await Bookmarks.IsBookmarkedAsync("u1", "q1"));
        Assert.True(await Bookmarks.IsBookmarkedAsync("u1", "q2"));
        // Added again after removal: a new bookmark with a new time.
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(T0.AddHours(1), (await Bookmarks.AddAsync("u1", "q1")).CreatedAt);
    }

    [Fact]
    public async Task Listing_pages_a_learners_bookmarks_newest_first()
    {
        for (var i = 0; i < 9; i++)
        {
            await Bookmarks.AddAsync("u1", $"q{i}", i % 2 == 0 ? null : $"note {i}");
            await Bookmarks.AddAsync("u2", $"q{i}");
            // Pairs share a time: ties go newest question id first.
            if (i % 2 == 1) Time.Advance(TimeSpan.FromMinutes(1));
        }
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Bookmarks.ListAsync("u1", new PageRequest(4, after));
            Assert.Equal(9, page.TotalCount);
            Assert.All(page.Items, b => Assert.Equal("u1", b.UserId));
            seen.AddRange(page.Items.Select(b => b.QuestionId));
            if (!page.HasNextPage) break;
            after = page.EndCursor;
        }
        Assert.Equal(["q8", "q7", "q6", "q5", "q4", "q3", "q2", "q1", "q0"], seen);
    }

    [Fact]
    public async Task Deleting_a_learners_bookmarks_leaves_the_others_and_export_lists_them()
    {
        await Bookmarks.AddAsync("u1", "q1", "n");
        await Bookmarks.AddAsync("u1", "q2");
        await Bookmarks.AddAsync("u2", "q1");
        if (Bookmarks is IUserDataPort port)
        {
            Assert.Equal("bookmarks", port.Section);
            Assert.Equal(2, (await port.ExportAsync("u1")).Count);
        }
        Assert.Equal(2, await Bookmarks.DeleteByUserAsync("u1"));
        Assert.Equal(0, await Bookmarks.DeleteByUserAsync("u1"));
        Assert.Equal(0, (await Bookmarks.ListAsync("u1", new PageRequest())).TotalCount);
        Assert.True(await Bookmarks.IsBookmarkedAsync("u2", "q1"));
    }
}
