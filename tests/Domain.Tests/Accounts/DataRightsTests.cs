using System.Text.Json;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Domain.Tests.Accounts;

public class DataRightsTests
{
    private sealed record Note(string UserId, string Text);

    /// <summary>A store of notes per user: deletes on erase, or anonymizes when told to.</summary>
    private sealed class NotePort(string section, bool anonymize) : IUserDataPort
    {
        public List<Note> Notes { get; } = [];

        public string Section => section;

        public ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default) =>
            ValueTask.FromResult<IReadOnlyList<object>>(Notes.Where(n => n.UserId == userId).Cast<object>().ToArray());

        public ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default)
        {
            var mine = Notes.Where(n => n.UserId == userId).ToArray();
            foreach (var n in mine) Notes.Remove(n);
            if (anonymize) Notes.AddRange(mine.Select(n => n with { UserId = anonymousId, Text = "" }));
            return ValueTask.FromResult(new ErasureOutcome(section, anonymize ? 0 : mine.Length, anonymize ? mine.Length : 0));
        }
    }

    private readonly NotePort _sessions = new("sessions", anonymize: false);
    private readonly NotePort _events = new("answerEvents", anonymize: true);
    private readonly AccountHarness _h;

    public DataRightsTests() => _h = new AccountHarness(_sessions, _events);

    [Fact]
    public async Task Export_holds_everything_of_the_user_and_nothing_of_another()
    {
        var ada = (await _h.Register()).User;
        var bob = (await _h.Register("bob@example.com", "Bob")).User;
        await _h.Login();
        _sessions.Notes.AddRange([new(ada.Id, "ada session"), new(bob.Id, "bob session")]);
        _events.Notes.AddRange([new(ada.Id, "ada answer 1"), new(ada.Id, "ada answer 2"), new(bob.Id, "bob answer")]);

        var export = (await _h.Service.ExportAsync(ada.Id)).Value!;
        Assert.Equal(ada.Email, export.Profile.Email);
        Assert.Equal(["LEARNER"], export.Profile.Roles);
        Assert.Equal(2, export.Devices.Count);
        Assert.Equal(["ada session"], export.Section("sessions")!.Records.Cast<Note>().Select(n => n.Text));
        Assert.Equal(2, export.Section("answerEvents")!.Records.Count);

        var json = JsonSerializer.Serialize(export);
        Assert.Contains("ada answer 2", json, StringComparison.Ordinal);
        Assert.DoesNotContain("bob", json, StringComparison.Ordinal);
        Assert.DoesNotContain("pbkdf2", json, StringComparison.Ordinal);
        Assert.DoesNotContain(bob.Id, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_the_account_and_its_data_and_anonymizes_shared_events()
    {
        var ada = await _h.Register();
        var bob = (await _h.Register("bob@example.com", "Bob")).User;
        _sessions.Notes.AddRange([new(ada.User.Id, "ada session"), new(bob.Id, "bob session")]);
        _events.Notes.AddRange([new(ada.User.Id, "ada answer"), new(bob.Id, "bob answer")]);

        AccountHarness.AssertError(await _h.Service.DeleteAsync(ada.User.Id, "not my password"), AccountErrorCodes.InvalidCredentials);
        Assert.NotNull(await _h.Users.FindByIdAsync(ada.User.Id));
        var report = (await _h.Service.DeleteAsync(ada.User.Id, AccountHarness.Password)).Value!;
        Assert.Contains(new ErasureOutcome("sessions", 1, 0), report.Sections);
        Assert.Contains(new ErasureOutcome("answerEvents", 0, 1), report.Sections);
        Assert.Contains(new ErasureOutcome("profile", 1, 0), report.Sections);

        Assert.Null(await _h.Users.FindByIdAsync(ada.User.Id));
        Assert.Empty(await _h.RefreshTokens.ListForUserAsync(ada.User.Id));
        Assert.DoesNotContain(_sessions.Notes, n => n.UserId == ada.User.Id);
        Assert.DoesNotContain(_events.Notes, n => n.UserId == ada.User.Id);
        Assert.Contains(_events.Notes, n => n.UserId.StartsWith("anon-", StringComparison.Ordinal));
        Assert.Equal(2, _sessions.Notes.Count + _events.Notes.Count(n => n.UserId == bob.Id));
        AccountHarness.AssertError(await _h.Service.RefreshAsync(ada.RefreshToken.Token), AccountErrorCodes.TokenInvalid);
        AccountHarness.AssertError(await _h.Service.LoginAsync("ada@example.com", AccountHarness.Password), AccountErrorCodes.InvalidCredentials);
        AccountHarness.AssertError(await _h.Service.ExportAsync(ada.User.Id), AccountErrorCodes.NotFound);
        Assert.True((await _h.Service.ExportAsync(bob.Id)).IsSuccess);
    }
}
