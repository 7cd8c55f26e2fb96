namespace StudyGraph.Web.Tests.Support;

/// <summary>One running API per browser test class (started only when Chromium is there: skipped tests start nothing).</summary>
public sealed class BrowserApiFixture : IAsyncLifetime
{
    private BrowserApi? _api;

    public BrowserApi Api => _api ?? throw new InvalidOperationException("the API did not start");

    public async Task InitializeAsync()
    {
        if (Chromium.Path is not null) _api = await BrowserApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_api is not null) await _api.DisposeAsync();
    }
}
