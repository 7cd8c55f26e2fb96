using Microsoft.Extensions.Configuration;
using StudyGraph.Api.Auth;
using StudyGraph.Api.Configuration;
using StudyGraph.Api.Hosting;
using StudyGraph.Api.Tests.Support;
using static StudyGraph.Api.Tests.Accounts.AccountCalls;

namespace StudyGraph.Api.Tests.Security;

public sealed class SigningKeyTests
{
    [Fact]
    public async Task Without_a_configured_key_a_development_key_is_generated_once_and_reused()
    {
        var data = Path.Combine(Path.GetTempPath(), "studygraph-key-" + Guid.NewGuid().ToString("N"));
        var noKey = new Dictionary<string, string?> { ["Jwt:SigningKey"] = null };
        string access, key;
        await using (var first = await ApiHost.StartAsync(settings: noKey, dataPath: data))
        {
            (access, _, _) = await SignUpAsync(first);
            var file = Path.Combine(data, JwtSettings.DevelopmentKeyFileName);
            Assert.True(File.Exists(file));
            key = await File.ReadAllTextAsync(file);
            Assert.True(Convert.FromBase64String(key).Length >= 32);
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        // A later start finds the file (the first host's folder is gone after dispose: hand the file to a new folder).
        var later = Path.Combine(Path.GetTempPath(), "studygraph-key-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(later);
        var laterFile = Path.Combine(later, JwtSettings.DevelopmentKeyFileName);
        await File.WriteAllTextAsync(laterFile, key);
        await using var second = await ApiHost.StartAsync(settings: noKey, dataPath: later);
        Assert.Equal(key, await File.ReadAllTextAsync(laterFile));
        var (status, body) = await second.PostAsync("{ me { id } }", token: access);
        Assert.True(status == 200, body.ToString());
        // The test key is not the development key: its tokens are refused.
        var (refused, _) = await second.PostAsync("{ me { id } }", token: TestTokens.Signed(TestTokens.Claims("x")));
        Assert.Equal(401, refused);
    }

    [Fact]
    public async Task Production_without_a_key_refuses_to_start_naming_Jwt_SigningKey()
    {
        var data = Path.Combine(Path.GetTempPath(), "studygraph-prod-" + Guid.NewGuid().ToString("N"));
        var e = await Assert.ThrowsAsync<SettingsException>(() => StudyGraphApp.BuildAsync(["--environment", "Production"], b =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Path"] = data, ["Jwt:SigningKey"] = null })));
        Assert.Equal("Jwt:SigningKey", e.Setting);
        Assert.Contains("Jwt:SigningKey", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, JwtSettings.DevelopmentKeyFileName)));
    }

    [Theory]
    [InlineData("too-short-key")]
    [InlineData("c2hvcnQ=")]
    public void A_key_under_32_bytes_is_refused(string key)
    {
        var e = Assert.Throws<SettingsException>(() => JwtSettings.ParseKey(key));
        Assert.Equal("Jwt:SigningKey", e.Setting);
    }

    [Fact]
    public void A_base64_key_is_decoded_and_text_is_taken_as_utf8()
    {
        var bytes = new byte[48];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)i;
        Assert.Equal(bytes, JwtSettings.ParseKey(Convert.ToBase64String(bytes)));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(ApiHost.TestSigningKey), JwtSettings.ParseKey(ApiHost.TestSigningKey));
    }
}
