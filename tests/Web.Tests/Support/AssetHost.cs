using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using StudyGraph.Api.Web;

namespace StudyGraph.Web.Tests.Support;

/// <summary>An in-process host with only the web assets mapped: /graphql (the IDE page for GET), /graphql-ide/**, /dashboard/**.</summary>
public sealed class AssetHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AssetHost(WebApplication app, WebAssets assets)
    {
        _app = app;
        Assets = assets;
        Client = app.GetTestClient();
    }

    public WebAssets Assets { get; }

    public HttpClient Client { get; }

    public static async Task<AssetHost> StartAsync(string distPath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        var assets = new WebAssets(distPath);
        app.MapGet("/graphql", assets.WriteAsync);
        app.MapWebAssets(assets);
        await app.StartAsync();
        return new AssetHost(app, assets);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
