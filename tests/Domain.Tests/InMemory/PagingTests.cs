using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;

namespace StudyGraph.Domain.Tests.InMemory;

public class PagingTests
{
    [Fact]
    public void Pages_walk_the_whole_list_once()
    {
        var items = Enumerable.Range(0, 23).Select(i => $"id{i:D3}").ToList();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var p = Paging.Take(items, s => s, new PageRequest(5, after));
            seen.AddRange(p.Items);
            pages++;
            Assert.Equal(23, p.TotalCount);
            if (!p.HasNextPage) break;
            after = p.EndCursor;
        }
        Assert.Equal(items, seen);
        Assert.Equal(5, pages);
    }

    [Fact]
    public void Cursor_round_trips()
    {
        Assert.Equal("aws-saa-c03.q001", Paging.Decode(Paging.Encode("aws-saa-c03.q001")));
    }
}
