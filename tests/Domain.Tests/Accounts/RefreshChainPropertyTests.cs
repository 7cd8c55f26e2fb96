using FsCheck;
using FsCheck.Fluent;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class RefreshChainPropertyTests
{
    /// <summary>Not a real hasher: keeps the property fast; hashing has its own tests.</summary>
    private sealed class PlainHasher : IPasswordHasher
    {
        public string Hash(string password) => "plain:" + password;

        public PasswordVerification Verify(string password, string storedHash) =>
            storedHash == "plain:" + password ? PasswordVerification.Success : PasswordVerification.Failed;
    }

    [Fact]
    public void Any_sequence_of_refresh_replay_and_logout_matches_the_chain_model()
    {
        // op 0: refresh with the newest token; op 1: replay an older token; op 2: log out this device.
        var ops = Gen.ListOf(Gen.Zip(Gen.Choose(0, 2), Gen.Choose(0, 1000))).ToArbitrary();
        Prop.ForAll(ops, list => Run(list).GetAwaiter().GetResult()).QuickCheckThrowOnFailure();
    }

    private static async Task<bool> Run(IEnumerable<(int Op, int Pick)> ops)
    {
        var random = new SeededRandomBytes(5);
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var tokens = new InMemoryRefreshTokenRepository();
        var service = new AccountService(new InMemoryUserRepository(), tokens, new InMemoryOneTimeTokenRepository(),
            new InMemoryEmailSender(), new PlainHasher(), clock, random);
        var first = (await service.RegisterAsync("ada@example.com", "long enough password", "Ada")).Value!;
        var other = (await service.LoginAsync("ada@example.com", "long enough password")).Value!.RefreshToken;
        var issued = new List<string> { first.RefreshToken.Token };
        var revoked = false;
        foreach (var (op, pick) in ops)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            switch (op)
            {
                case 0:
                    var r = await service.RefreshAsync(issued[^1]);
                    if (revoked ? r.Error?.Code != AccountErrorCodes.TokenInvalid : !r.IsSuccess) return false;
                    if (r.IsSuccess) issued.Add(r.Value.RefreshToken.Token);
                    break;
                case 1 when issued.Count > 1:
                    var replay = await service.RefreshAsync(issued[pick % (issued.Count - 1)]);
                    if (replay.Error?.Code != (revoked ? AccountErrorCodes.TokenInvalid : AccountErrorCodes.TokenReused)) return false;
                    revoked = true;
                    break;
                case 2:
                    if (!(await service.LogoutAsync(issued[^1], allDevices: false)).IsSuccess) return false;
                    revoked = true;
                    break;
            }
        }
        var all = await tokens.ListForUserAsync(first.User.Id);
        var active = all.Count(t => t.FamilyId == first.RefreshToken.FamilyId && t.IsActive(clock.GetUtcNow()));
        // The chain has exactly one usable link unless revoked; the other device is never touched.
        return active == (revoked ? 0 : 1) && (await service.RefreshAsync(other.Token)).IsSuccess;
    }
}
