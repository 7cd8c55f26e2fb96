namespace StudyGraph.Redis.Tests.Support;

/// <summary>Waits for a condition with a generous deadline (no timing assertions: only a guard against hangs).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(25);
        }
        Assert.Fail($"timed out after {seconds} s waiting for: {what}");
    }

    public static Task TrueAsync(Func<bool> condition, string what, int seconds = 15) => TrueAsync(() => Task.FromResult(condition()), what, seconds);

    public static async Task<List<T>> TakeAsync<T>(IAsyncEnumerable<T> source, int count, int seconds = 20)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var list = new List<T>(count);
        try
        {
            await foreach (var item in source.WithCancellation(cts.Token))
            {
                list.Add(item);
                if (list.Count == count) break;
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"timed out after {seconds} s with {list.Count} of {count} items");
        }
        return list;
    }
}
