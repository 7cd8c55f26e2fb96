using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Context;
using StudyGraph.Api.Hosting;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Tests.Support;

/// <summary>
/// A StudyGraph API for one test class: a temporary data folder (Sqlite + seed banks), served in-process (TestServer)
/// or on a real Kestrel port on 127.0.0.1 (for websockets and Node clients). Disposing stops it and deletes the folder.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    /// <summary>The signing key the tests configure (32+ bytes).</summary>
    public const string TestSigningKey = "test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    private bool _ownsData;

    private ApiHost(WebApplication app, string dataPath, HttpClient http, Uri? address)
    {
        App = app;
        DataPath = dataPath;
        Http = http;
        Address = address;
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>The temporary data folder.</summary>
    public string DataPath { get; }

    /// <summary>A client for the server (in-process, or over loopback for Kestrel).</summary>
    public HttpClient Http { get; }

    /// <summary>The Kestrel address (http://127.0.0.1:port), or null for the in-process server.</summary>
    public Uri? Address { get; }

    /// <summary>The services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>Starts an API. <paramref name="settings"/> adds or overrides configuration.</summary>
    public static async Task<ApiHost> StartAsync(bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null, string? dataPath = null)
    {
        var ownsData = dataPath is null;
        dataPath ??= Path.Combine(Path.GetTempPath(), "studygraph-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var config = new Dictionary<string, string?>
        {
            ["Data:Path"] = dataPath,
            ["Jwt:SigningKey"] = TestSigningKey,
            ["Logging:LogLevel:Default"] = "Warning",
            // In-process requests share one client address: the sign-in limits are tested by their own hosts.
            ["RateLimits:Login:PermitsPerMinute"] = "0",
            ["RateLimits:Register:PermitsPerMinute"] = "0",
            ["RateLimits:PasswordReset:PermitsPerMinute"] = "0",
        };
        if (settings is not null)
        {
            foreach (var (k, v) in settings) config[k] = v;
        }
        var app = await StudyGraphApp.BuildAsync(["--environment", "Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            if (kestrel) builder.WebHost.UseUrls("http://127.0.0.1:0");
            else builder.WebHost.UseTestServer();
        }).ConfigureAwait(false);
        await app.StartAsync().ConfigureAwait(false);
        if (!kestrel) return new ApiHost(app, dataPath, app.GetTestClient(), null) { _ownsData = ownsData };
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new ApiHost(app, dataPath, new HttpClient { BaseAddress = address }, address) { _ownsData = ownsData };
    }

    /// <summary>Runs a GraphQL request through the engine directly (no HTTP), as <paramref name="viewer"/>; returns the response JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null, Viewer? viewer = null)
    {
        var executor = Services.GetRequiredService<GraphQLRequestExecutor>();
        var prepared = executor.Prepare(query);
        ExecutionResult result;
        if (prepared.Operation is null)
        {
            result = prepared.ToErrorResult();
        }
        else
        {
            using var vars = JsonDocument.Parse(JsonSerializer.Serialize(variables ?? new { }));
            await using var scope = Services.CreateAsyncScope();
            result = await executor.ExecuteAsync(prepared.Operation, vars.RootElement.Clone(), null,
                RequestContext.Create(viewer, "test"), scope.ServiceProvider).ConfigureAwait(false);
        }
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer)) result.WriteTo(writer);
        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    /// <summary>POSTs a GraphQL request over HTTP (JSON body), with a bearer token when given; returns status and JSON.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(string query, object? variables = null, string? token = null, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables, operationName }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsData) return;
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on some platforms; the temp folder is cleaned by the OS
        }
    }
}
