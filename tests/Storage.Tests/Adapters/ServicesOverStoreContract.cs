using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Catalog.Synthetic;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>The Domain services wired to <see cref="StudyGraph.Storage.Adapters.DocumentRepositories"/> as the API wires them: a whole study session, and export and deletion of a learner's data.</summary>
public abstract class ServicesOverStoreContract : AdapterContract
{
    private const string Password = "correct horse battery";

    private async Task<StudySessionService> SessionServiceAsync()
    {
        var banks = SyntheticBankGenerator.Generate(new SyntheticBankSpec { Seed = 5, Providers = 1, TopicsPerExam = 3, QuestionsPerExam = 30 });
        foreach (var b in banks)
        {
            await Repos.Providers.UpsertAsync(b.Provider);
            await Repos.Exams.UpsertAsync(b.Exam);
            await Repos.Questions.UpsertManyAsync(b.Questions);
        }
        return new StudySessionService(Repos.Sessions, Repos.Questions, Repos.Exams, Repos.AnswerEvents, new RecordingEventPublisher(),
            new SequenceRandomSource(99), Time, Repos.ReviewQueue, Repos.DrawHints);
    }

    /// <summary>Starts a session of <paramref name="size"/> and answers until it completes, the first two answers wrong.</summary>
    private async Task<string> RunSessionAsync(StudySessionService service, string userId, int size)
    {
        var exam = (await Repos.Exams.ListAsync(new ExamQuery(), new PageRequest(1))).Items[0].Id;
        var started = await service.StartAsync(new StartSessionCommand(userId, SessionMode.Practice, [exam], Size: size, Seed: 3));
        Assert.True(started.IsSuccess, started.ToString());
        var id = started.Value.Session.Id;
        for (var step = 0; step < size * 10; step++)
        {
            var s = (await Repos.Sessions.GetAsync(id))!;
            if (s.Current is null) break;
            var q = (await Repos.Questions.GetAsync(s.Current.QuestionId))!;
            var right = step >= 2;
            IReadOnlyList<string> chosen = right ? q.CorrectChoiceIds : [q.Choices.First(c => !q.CorrectChoiceIds.Contains(c.Id)).Id];
            Time.Advance(TimeSpan.FromSeconds(20));
            var r = await service.AnswerAsync(new AnswerCommand(id, userId, q.Id, chosen, s.Current.Number));
            Assert.True(r.IsSuccess, r.ToString());
        }
        return id;
    }

    [Fact]
    public async Task A_whole_session_runs_through_the_service_and_its_answers_are_logged()
    {
        var service = await SessionServiceAsync();
        var id = await RunSessionAsync(service, "u1", size: 6);

        var stored = (await Repos.Sessions.GetAsync(id))!;
        Assert.Equal(SessionStatus.Completed, stored.Status);
        Assert.True(stored.Trail.Count > 6, "wrong answers must have been re-asked");
        var events = await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(SessionId: id));
        Assert.Equal(stored.Trail.Count, events.Count);
        Assert.Equal(events.OrderBy(e => e.OccurredAt).Select(e => e.EventId), events.Select(e => e.EventId));
        var listed = await service.ListAsync(new SessionQuery("u1", SessionStatus.Completed), new PageRequest());
        Assert.Equal([id], listed.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task Deleting_an_account_erases_every_section_and_anonymizes_answer_events()
    {
        var random = SystemRandomBytes.Instance;
        var accounts = new AccountService(Repos.Users, Repos.RefreshTokens, Repos.OneTimeTokens, new InMemoryEmailSender(),
            new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MinimumIterations, random), Time, random, Repos.UserData);
        var ada = (await accounts.RegisterAsync("ada@example.com", Password, "Ada")).Value!.User.Id;
        var bob = (await accounts.RegisterAsync("bob@example.com", Password, "Bob")).Value!.User.Id;
        var sessions = await SessionServiceAsync();
        foreach (var user in new[] { ada, bob })
        {
            await RunSessionAsync(sessions, user, size: 3);
            await Repos.Goals.UpsertAsync(new StudyGoal("goal-" + user, user, "e1", new DateOnly(2026, 9, 1), 10, Time.GetUtcNow()));
            await Repos.Bookmarks.AddAsync(user, "q1", "note");
            await Repos.LearnerStats.TrySaveAsync(new LearnerExamStats(user, "e1"), 0);
        }
        var adaEvents = (await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(UserId: ada))).Count;
        Assert.True(adaEvents >= 3);

        var export = await accounts.ExportAsync(ada);
        Assert.True(export.IsSuccess, export.ToString());
        var sections = export.Value!.Sections.ToDictionary(s => s.Name, s => s.Records.Count);
        Assert.Equal(1, sections["sessions"]);
        Assert.Equal(adaEvents, sections["answerEvents"]);
        Assert.Equal(1, sections["goals"]);
        Assert.Equal(1, sections["learnerStats"]);
        Assert.Equal(1, sections["bookmarks"]);

        var deleted = await accounts.DeleteAsync(ada, Password);
        Assert.True(deleted.IsSuccess, deleted.ToString());
        Assert.Null(await Repos.Users.FindByIdAsync(ada));
        Assert.Empty(await Repos.RefreshTokens.ListForUserAsync(ada));
        Assert.Equal(0, (await Repos.Sessions.ListAsync(new SessionQuery(ada), new PageRequest())).TotalCount);
        Assert.Empty(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(UserId: ada)));
        Assert.Empty(await Repos.Goals.ListForUserAsync(ada));
        Assert.Empty(await Repos.LearnerStats.ListForUserAsync(ada));
        Assert.Equal(0, (await Repos.Bookmarks.ListAsync(ada, new PageRequest())).TotalCount);
        // Anonymized events keep feeding question statistics; nothing of Bob's was touched.
        var all = await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery());
        Assert.Equal(adaEvents, all.Count(e => e.UserId.StartsWith("anon-", StringComparison.Ordinal)));
        Assert.NotNull(await Repos.Users.FindByIdAsync(bob));
        Assert.Equal(1, (await Repos.Sessions.ListAsync(new SessionQuery(bob), new PageRequest())).TotalCount);
        Assert.Single(await Repos.Goals.ListForUserAsync(bob));
        Assert.True(await Repos.Bookmarks.IsBookmarkedAsync(bob, "q1"));
    }
}
