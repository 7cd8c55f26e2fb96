using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class RefreshTokenTests
{
    private readonly AccountHarness _h = new();

    [Fact]
    public async Task Refresh_spends_the_token_and_issues_the_next_in_the_same_chain()
    {
        var first = (await _h.Register()).RefreshToken;
        _h.Clock.Advance(TimeSpan.FromDays(10));
        var second = await _h.Service.RefreshAsync(first.Token);
        Assert.True(second.IsSuccess);
        Assert.NotEqual(first.Token, second.Value.RefreshToken.Token);
        Assert.Equal(first.FamilyId, second.Value.RefreshToken.FamilyId);
        Assert.Equal(_h.Clock.GetUtcNow() + TimeSpan.FromDays(30), second.Value.RefreshToken.ExpiresAt);
        var spent = await _h.RefreshTokens.FindAsync(SecretToken.Hash(first.Token));
        Assert.Equal(SecretToken.Hash(second.Value.RefreshToken.Token), spent!.ReplacedByHash);
    }

    [Fact]
    public async Task Reusing_a_spent_token_revokes_the_whole_chain_but_not_other_devices()
    {
        var laptop = (await _h.Register()).RefreshToken;
        var phone = (await _h.Login()).RefreshToken;
        var next = (await _h.Service.RefreshAsync(laptop.Token)).Value!.RefreshToken;

        AccountHarness.AssertError(await _h.Service.RefreshAsync(laptop.Token), AccountErrorCodes.TokenReused);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(next.Token), AccountErrorCodes.TokenInvalid);
        Assert.True((await _h.Service.RefreshAsync(phone.Token)).IsSuccess);
    }

    [Fact]
    public async Task An_expired_token_is_TOKEN_EXPIRED_and_garbage_is_TOKEN_INVALID()
    {
        var token = (await _h.Register()).RefreshToken;
        _h.Clock.Advance(TimeSpan.FromDays(30));
        AccountHarness.AssertError(await _h.Service.RefreshAsync(token.Token), AccountErrorCodes.TokenExpired);
        AccountHarness.AssertError(await _h.Service.RefreshAsync("nope"), AccountErrorCodes.TokenInvalid);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(null), AccountErrorCodes.TokenInvalid);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(SecretToken.Create(_h.Random)), AccountErrorCodes.TokenInvalid);
    }

    [Fact]
    public async Task Racing_refreshes_with_one_token_let_exactly_one_win()
    {
        var token = (await _h.Register()).RefreshToken.Token;
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await _h.Service.RefreshAsync(token))));
        Assert.Single(results, r => r.IsSuccess);
    }

    [Fact]
    public async Task Logout_of_one_device_revokes_only_that_chain()
    {
        var laptop = (await _h.Register()).RefreshToken;
        var phone = (await _h.Login()).RefreshToken;
        var revoked = await _h.Service.LogoutAsync(laptop.Token, allDevices: false);
        Assert.Equal(1, revoked.Value);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(laptop.Token), AccountErrorCodes.TokenInvalid);
        Assert.True((await _h.Service.RefreshAsync(phone.Token)).IsSuccess);
    }

    [Fact]
    public async Task Logout_of_all_devices_revokes_every_chain_of_that_user_only()
    {
        var laptop = (await _h.Register()).RefreshToken;
        var phone = (await _h.Login()).RefreshToken;
        var other = (await _h.Register("bob@example.com", "Bob")).RefreshToken;
        Assert.Equal(2, (await _h.Service.LogoutAsync(phone.Token, allDevices: true)).Value);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(laptop.Token), AccountErrorCodes.TokenInvalid);
        AccountHarness.AssertError(await _h.Service.RefreshAsync(phone.Token), AccountErrorCodes.TokenInvalid);
        Assert.True((await _h.Service.RefreshAsync(other.Token)).IsSuccess);
        AccountHarness.AssertError(await _h.Service.LogoutAsync("garbage", false), AccountErrorCodes.TokenInvalid);
    }
}
