using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Hosting;
using StudyGraph.Api.Web;

namespace StudyGraph.Web.Tests.Support;

/// <summary>
/// The real API on Kestrel at 127.0.0.1 (port 0) with a temporary data folder (Sqlite, seed banks) and the repository's
/// web/dist, for a browser to load. Disposing stops it and deletes the folder.
/// </summary>
public sealed class BrowserApi : IAsyncDisposable
{
    private const string SigningKey = "web-tests-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private readonly WebApplication _app;
    private readonly string _dataPath;

    private BrowserApi(WebApplication app, string dataPath, Uri address)
    {
        _app = app;
        _dataPath = dataPath;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    /// <summary>http://127.0.0.1:port</summary>
    public Uri Address { get; }

    /// <summary>The base URL without a trailing slash, as the Node scripts take it.</summary>
    public string Base => Address.GetLeftPart(UriPartial.Authority);

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BrowserApi> StartAsync()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "studygraph-web-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var dist = Path.Combine(BrowserSuite.WebDir, "dist");
        var app = await StudyGraphApp.BuildAsync(["--environment", "Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Data:Path"] = dataPath,
                ["Jwt:SigningKey"] = SigningKey,
                ["Web:AssetsPath"] = dist,
                ["Logging:LogLevel:Default"] = "Warning",
                // While resolvers are still being added, unbound fields answer null instead of stopping start-up.
                ["RateLimits:Register:PermitsPerMinute"] = "0",
                ["RateLimits:Login:PermitsPerMinute"] = "0",
            });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            // Registered first: when the host registers its own WebAssets (same folder), that one wins.
            builder.Services.AddWebAssets(dist);
        });
        if (!HasDashboardRoute(app)) app.MapWebAssets(app.Services.GetRequiredService<WebAssets>());
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new BrowserApi(app, dataPath, address);
    }

    private static bool HasDashboardRoute(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Any(e => e.RoutePattern.RawText?.StartsWith("/dashboard", StringComparison.Ordinal) == true);

    /// <summary>POSTs a GraphQL request (with a bearer token when given) and returns the response's data, failing the test on errors.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement.Clone();
        if (body.TryGetProperty("errors", out _) || !body.TryGetProperty("data", out var data))
            throw new InvalidOperationException($"GraphQL request failed ({(int)response.StatusCode}): {text}");
        return data;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataPath, recursive: true); }
        catch (IOException) { }
    }
}
