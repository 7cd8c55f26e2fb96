using System.Net;
using System.Text;
using StudyGraph.Web.Tests.Support;

namespace StudyGraph.Web.Tests.Web;

public sealed class WebAssetsEncodingTests
{
    private const string Url = "/graphql-ide/assets/index-abc123.js";

    private static FakeDist WithVariants() => new FakeDist().Built()
        // Stand-ins: the server sends the sibling file as it is, so distinct text shows which one was chosen.
        .With("graphiql/assets/index-abc123.js.br", "brotli bytes")
        .With("graphiql/assets/index-abc123.js.gz", "gzip bytes");

    [Theory]
    [InlineData("br, gzip", "br", "brotli bytes")]
    [InlineData("gzip, deflate, br", "br", "brotli bytes")]
    [InlineData("gzip", "gzip", "gzip bytes")]
    [InlineData("br;q=0, gzip", "gzip", "gzip bytes")]
    [InlineData("identity", null, "console.log('ide');")]
    [InlineData(null, null, "console.log('ide');")]
    public async Task A_precompressed_copy_is_sent_when_the_client_accepts_its_encoding(string? acceptEncoding, string? encoding, string body)
    {
        using var dist = WithVariants();
        await using var host = await AssetHost.StartAsync(dist.Path);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Each_encoding_has_its_own_etag()
    {
        using var dist = WithVariants();
        await using var host = await AssetHost.StartAsync(dist.Path);

        var plain = await host.Client.GetAsync(Url);
        using var brRequest = new HttpRequestMessage(HttpMethod.Get, Url);
        brRequest.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        var br = await host.Client.SendAsync(brRequest);

        Assert.NotNull(plain.Headers.ETag);
        Assert.NotNull(br.Headers.ETag);
        Assert.NotEqual(plain.Headers.ETag!.Tag, br.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Files_without_compressed_copies_carry_no_vary()
    {
        using var dist = new FakeDist().Built();
        await using var host = await AssetHost.StartAsync(dist.Path);

        var response = await host.Client.GetAsync(Url);

        Assert.Empty(response.Headers.Vary);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
