using StudyGraph.Domain.Accounts;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>What the user and token adapters must do on any store (semantics of the in-memory account repositories).</summary>
public abstract class AccountAdapterContract : AdapterContract
{
    private static User NewUser(string id, string email) => new()
    {
        Id = id, Email = email, DisplayName = "Ada " + id, Roles = [Role.Learner, Role.Author], CreatedAt = T0,
        PasswordHash = "pbkdf2$x", Preferences = new StudyPreferences("Europe/Berlin", 30, 0.25, true),
    };

    private static RefreshToken Link(string hash, string user = "u1", string family = "f1", int issuedMinute = 0) =>
        new(hash, user, family, T0.AddMinutes(issuedMinute), T0.AddDays(30));

    [Fact]
    public async Task Users_round_trip_and_are_found_by_id_and_email()
    {
        var ada = NewUser("u1", "ada@example.com");
        Assert.Equal(UserWriteResult.Ok, await Repos.Users.AddAsync(ada));
        var byId = await Repos.Users.FindByIdAsync("u1");
        Assert.NotNull(byId);
        Assert.Equal(ada with { Roles = byId.Roles }, byId);
        Assert.Equal(ada.Roles, byId.Roles);
        Assert.Equal("u1", (await Repos.Users.FindByEmailAsync("ada@example.com"))?.Id);
        Assert.Null(await Repos.Users.FindByEmailAsync("nobody@example.com"));
        Assert.Null(await Repos.Users.FindByIdAsync("u2"));
    }

    [Fact]
    public async Task A_second_user_with_the_same_email_or_id_is_refused()
    {
        Assert.Equal(UserWriteResult.Ok, await Repos.Users.AddAsync(NewUser("u1", "ada@example.com")));
        Assert.Equal(UserWriteResult.EmailTaken, await Repos.Users.AddAsync(NewUser("u2", "ada@example.com")));
        Assert.Equal(UserWriteResult.EmailTaken, await Repos.Users.AddAsync(NewUser("u1", "other@example.com")));
        Assert.Null(await Repos.Users.FindByIdAsync("u2"));
        Assert.Null(await Repos.Users.FindByEmailAsync("other@example.com"));
    }

    [Fact]
    public async Task Racing_registrations_with_one_email_let_exactly_one_in()
    {
        var results = await RaceAsync(6, async i => await Repos.Users.AddAsync(NewUser($"u{i}", "race@example.com")));
        Assert.Single(results, r => r == UserWriteResult.Ok);
        Assert.Equal(5, results.Count(r => r == UserWriteResult.EmailTaken));
    }

    [Fact]
    public async Task Updates_replace_the_user_move_the_email_and_refuse_a_taken_one()
    {
        await Repos.Users.AddAsync(NewUser("u1", "ada@example.com"));
        await Repos.Users.AddAsync(NewUser("u2", "bob@example.com"));
        var ada = (await Repos.Users.FindByIdAsync("u1"))!;

        Assert.Equal(UserWriteResult.EmailTaken, await Repos.Users.UpdateAsync(ada with { Email = "bob@example.com" }));
        Assert.Equal("ada@example.com", (await Repos.Users.FindByIdAsync("u1"))!.Email);

        Assert.Equal(UserWriteResult.Ok, await Repos.Users.UpdateAsync(ada.MarkEmailVerified() with { Email = "ada@new.example" }));
        Assert.Null(await Repos.Users.FindByEmailAsync("ada@example.com"));
        var moved = (await Repos.Users.FindByEmailAsync("ada@new.example"))!;
        Assert.True(moved.EmailVerified);
        // The old address is free again.
        Assert.Equal(UserWriteResult.Ok, await Repos.Users.AddAsync(NewUser("u3", "ada@example.com")));

        Assert.Equal(UserWriteResult.NotFound, await Repos.Users.UpdateAsync(NewUser("ghost", "ghost@example.com")));
        Assert.Null(await Repos.Users.FindByIdAsync("ghost"));
    }

    [Fact]
    public async Task Deleting_a_user_frees_the_email()
    {
        await Repos.Users.AddAsync(NewUser("u1", "ada@example.com"));
        Assert.True(await Repos.Users.DeleteAsync("u1"));
        Assert.False(await Repos.Users.DeleteAsync("u1"));
        Assert.Null(await Repos.Users.FindByEmailAsync("ada@example.com"));
        Assert.Equal(UserWriteResult.Ok, await Repos.Users.AddAsync(NewUser("u2", "ada@example.com")));
    }

    [Fact]
    public async Task A_refresh_link_is_spent_once_and_never_after_revocation()
    {
        await Repos.RefreshTokens.AddAsync(Link("h1"));
        await Repos.RefreshTokens.AddAsync(Link("h2"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Repos.RefreshTokens.AddAsync(Link("h1")));

        Assert.True(await Repos.RefreshTokens.TrySpendAsync("h1", "h1-next", T0.AddHours(1)));
        Assert.False(await Repos.RefreshTokens.TrySpendAsync("h1", "h1-other", T0.AddHours(2)));
        var spent = (await Repos.RefreshTokens.FindAsync("h1"))!;
        Assert.Equal(T0.AddHours(1), spent.SpentAt);
        Assert.Equal("h1-next", spent.ReplacedByHash);

        Assert.Equal(2, await Repos.RefreshTokens.RevokeFamilyAsync("f1", T0.AddHours(3)));
        Assert.False(await Repos.RefreshTokens.TrySpendAsync("h2", "h2-next", T0.AddHours(4)));
        Assert.Null((await Repos.RefreshTokens.FindAsync("h2"))!.SpentAt);
        Assert.False(await Repos.RefreshTokens.TrySpendAsync("missing", "x", T0));
        Assert.Null(await Repos.RefreshTokens.FindAsync("missing"));
    }

    [Fact]
    public async Task Racing_spends_of_one_link_let_exactly_one_win()
    {
        var other = await SecondInstanceAsync();
        for (var round = 0; round < 5; round++)
        {
            var hash = $"h{round}";
            await Repos.RefreshTokens.AddAsync(Link(hash));
            var results = await RaceAsync(8, async i =>
                await (i % 2 == 0 ? Repos : other).RefreshTokens.TrySpendAsync(hash, $"next{i}", T0.AddSeconds(i)));
            Assert.Single(results, won => won);
            var winner = Array.IndexOf(results, true);
            Assert.Equal($"next{winner}", (await Repos.RefreshTokens.FindAsync(hash))!.ReplacedByHash);
        }
    }

    [Fact]
    public async Task A_revocation_racing_spends_is_never_lost()
    {
        for (var i = 0; i < 6; i++) await Repos.RefreshTokens.AddAsync(Link($"h{i}", issuedMinute: i));
        var results = await RaceAsync(7, async i => i == 6
            ? await Repos.RefreshTokens.RevokeFamilyAsync("f1", T0.AddHours(1)) > 0
            : await Repos.RefreshTokens.TrySpendAsync($"h{i}", $"n{i}", T0.AddMinutes(30)));
        var links = await Repos.RefreshTokens.ListForUserAsync("u1");
        Assert.All(links, l => Assert.Equal(T0.AddHours(1), l.RevokedAt));
        // Every spend that reported success is stored.
        for (var i = 0; i < 6; i++) Assert.Equal(results[i], links[i].SpentAt is not null);
    }

    [Fact]
    public async Task Revoking_counts_only_links_not_revoked_yet_and_stays_in_scope()
    {
        await Repos.RefreshTokens.AddAsync(Link("a1", family: "fa", issuedMinute: 1));
        await Repos.RefreshTokens.AddAsync(Link("a2", family: "fa", issuedMinute: 2));
        await Repos.RefreshTokens.AddAsync(Link("b1", family: "fb", issuedMinute: 3));
        await Repos.RefreshTokens.AddAsync(Link("z1", user: "u2", family: "fz"));

        Assert.Equal(2, await Repos.RefreshTokens.RevokeFamilyAsync("fa", T0.AddHours(1)));
        Assert.Equal(0, await Repos.RefreshTokens.RevokeFamilyAsync("fa", T0.AddHours(2)));
        Assert.Equal(T0.AddHours(1), (await Repos.RefreshTokens.FindAsync("a1"))!.RevokedAt);
        Assert.Equal(1, await Repos.RefreshTokens.RevokeAllForUserAsync("u1", T0.AddHours(3)));
        Assert.Null((await Repos.RefreshTokens.FindAsync("z1"))!.RevokedAt);

        Assert.Equal(["a1", "a2", "b1"], (await Repos.RefreshTokens.ListForUserAsync("u1")).Select(t => t.TokenHash));
        Assert.Equal(3, await Repos.RefreshTokens.DeleteAllForUserAsync("u1"));
        Assert.Empty(await Repos.RefreshTokens.ListForUserAsync("u1"));
        Assert.NotNull(await Repos.RefreshTokens.FindAsync("z1"));
    }

    [Fact]
    public async Task One_time_tokens_are_consumed_once_even_when_racing()
    {
        var token = new OneTimeToken("t1", "u1", OneTimeTokenPurpose.PasswordReset, T0, T0.AddHours(1));
        await Repos.OneTimeTokens.AddAsync(token);
        await Repos.OneTimeTokens.AddAsync(token with { TokenHash = "t2", Purpose = OneTimeTokenPurpose.EmailVerification });
        await Repos.OneTimeTokens.AddAsync(token with { TokenHash = "t3", UserId = "u2" });
        Assert.Equal(token, await Repos.OneTimeTokens.FindAsync("t1"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Repos.OneTimeTokens.AddAsync(token));

        var results = await RaceAsync(6, async i => await Repos.OneTimeTokens.TryConsumeAsync("t1", T0.AddMinutes(i)));
        Assert.Single(results, won => won);
        Assert.Equal(T0.AddMinutes(Array.IndexOf(results, true)), (await Repos.OneTimeTokens.FindAsync("t1"))!.UsedAt);
        Assert.False(await Repos.OneTimeTokens.TryConsumeAsync("missing", T0));

        Assert.Equal(2, await Repos.OneTimeTokens.DeleteAllForUserAsync("u1"));
        Assert.Null(await Repos.OneTimeTokens.FindAsync("t2"));
        Assert.NotNull(await Repos.OneTimeTokens.FindAsync("t3"));
    }

    [Fact]
    public async Task The_account_service_registers_refreshes_and_detects_reuse_over_the_store()
    {
        var random = SystemRandomBytes.Instance;
        var service = new AccountService(Repos.Users, Repos.RefreshTokens, Repos.OneTimeTokens, new InMemoryEmailSender(),
            new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MinimumIterations, random), Time, random, Repos.UserData);
        var registered = await service.RegisterAsync("Ada@Example.com", "correct horse battery", "Ada");
        Assert.True(registered.IsSuccess, registered.ToString());
        Assert.Equal(AccountErrorCodes.EmailTaken, (await service.RegisterAsync("ada@example.com", "another long password", "Eve")).Error?.Code);

        var refreshed = await service.RefreshAsync(registered.Value.RefreshToken.Token);
        Assert.True(refreshed.IsSuccess, refreshed.ToString());
        Assert.Equal(AccountErrorCodes.TokenReused, (await service.RefreshAsync(registered.Value.RefreshToken.Token)).Error?.Code);
        // Reuse revoked the whole chain, the fresh link included.
        Assert.False((await service.RefreshAsync(refreshed.Value.RefreshToken.Token)).IsSuccess);

        var login = await service.LoginAsync("ada@example.com", "correct horse battery");
        Assert.True(login.IsSuccess, login.ToString());
    }
}
