using System.Net;
using StudyGraph.Web.Tests.Support;

namespace StudyGraph.Web.Tests.Web;

public sealed class WebAssetsServingTests
{
    [Fact]
    public async Task Ide_page_is_the_built_graphiql_index_with_same_origin_headers()
    {
        using var dist = new FakeDist().Built();
        await using var host = await AssetHost.StartAsync(dist.Path);

        var response = await host.Client.GetAsync("/graphql");

        Assert.True(host.Assets.IdeBuilt);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("/graphql-ide/assets/index-abc123.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ide_page_says_how_to_build_when_graphiql_is_not_built()
    {
        using var dist = new FakeDist();
        await using var host = await AssetHost.StartAsync(dist.Path);

        var response = await host.Client.GetAsync("/graphql");
        var html = await response.Content.ReadAsStringAsync();

        Assert.False(host.Assets.IdeBuilt);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GraphiQL is not built", html, StringComparison.Ordinal);
        Assert.Contains("bash scripts/build-web.sh", html, StringComparison.Ordinal);
        Assert.Contains("/graphql?sdl", html, StringComparison.Ordinal);
        Assert.Equal("not-built", Assert.Single(response.Headers.GetValues("X-StudyGraph-Web")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_build_made_after_start_up_is_served_without_a_restart()
    {
        using var dist = new FakeDist();
        await using var host = await AssetHost.StartAsync(dist.Path);
        Assert.False(host.Assets.DashboardBuilt);

        dist.Built();
        var html = await host.Client.GetStringAsync("/dashboard");

        Assert.True(host.Assets.DashboardBuilt);
        Assert.Contains("<title>dashboard</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql-ide/assets/index-abc123.js", "text/javascript; charset=utf-8", "console.log('ide');")]
    [InlineData("/graphql-ide/assets/index-abc123.css", "text/css; charset=utf-8", "body{}")]
    [InlineData("/dashboard/assets/index-def456.js", "text/javascript; charset=utf-8", "console.log('dashboard');")]
    public async Task Hashed_assets_have_their_content_type_and_are_cached_for_good(string url, string contentType, string body)
    {
        using var dist = new FakeDist().Built();
        await using var host = await AssetHost.StartAsync(dist.Path);

        var response = await host.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_repeated_request_with_the_etag_gets_304()
    {
        using var dist = new FakeDist().Built();
        await using var host = await AssetHost.StartAsync(dist.Path);
        var first = await host.Client.GetAsync("/graphql-ide/assets/index-abc123.js");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/graphql-ide/assets/index-abc123.js");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await host.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/exams/aws-saa-c03")]
    public async Task Dashboard_root_and_extensionless_routes_serve_its_index(string url)
    {
        using var dist = new FakeDist().Built();
        await using var host = await AssetHost.StartAsync(dist.Path);

        var response = await host.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<title>dashboard</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/dashboard/assets/missing.js")]
    [InlineData("/graphql-ide/assets/missing.css")]
    [InlineData("/dashboard/..%2Fsecret.txt")]
    [InlineData("/dashboard/%2E%2E/secret.txt")]
    [InlineData("/graphql-ide/..%2F..%2Fsecret.txt")]
    [InlineData("/dashboard/.hidden.js")]
    public async Task Missing_files_and_paths_leaving_the_page_folder_are_404(string url)
    {
        using var dist = new FakeDist().Built().With("dashboard/.hidden.js", "hidden");
        await using var host = await AssetHost.StartAsync(dist.Path);

        var response = await host.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("outside", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_urls_say_how_to_build_when_it_is_not_built()
    {
        using var dist = new FakeDist().With("graphiql/index.html", "<title>ide only</title>");
        await using var host = await AssetHost.StartAsync(dist.Path);

        var response = await host.Client.GetAsync("/dashboard/assets/index-def456.js");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(host.Assets.IdeBuilt);
        Assert.False(host.Assets.DashboardBuilt);
        Assert.Contains("The dashboard is not built", html, StringComparison.Ordinal);
        Assert.Contains("bash scripts/build-web.sh", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_gets_the_headers_without_a_body()
    {
        using var dist = new FakeDist().Built();
        await using var host = await AssetHost.StartAsync(dist.Path);

        using var head = new HttpRequestMessage(HttpMethod.Head, "/graphql-ide/assets/index-abc123.js");
        var response = await host.Client.SendAsync(head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
