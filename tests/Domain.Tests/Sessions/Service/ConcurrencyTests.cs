using StudyGraph.Domain.Common;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Domain.Tests.Sessions.Service;

public class ConcurrencyTests
{
    /// <summary>Holds every save until two loads have happened, so two requests always read the same version.</summary>
    private sealed class RacingRepository(InMemorySessionRepository inner) : ISessionRepository
    {
        private readonly TaskCompletionSource _bothLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _loads;

        public bool Armed { get; set; }

        public async ValueTask<StudySession?> GetAsync(string id, CancellationToken ct = default)
        {
            var s = await inner.GetAsync(id, ct);
            if (Armed && Interlocked.Increment(ref _loads) == 2) _bothLoaded.TrySetResult();
            return s;
        }

        public async ValueTask<SaveResult> SaveAsync(StudySession session, long expectedVersion, CancellationToken ct = default)
        {
            if (Armed) await _bothLoaded.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return await inner.SaveAsync(session, expectedVersion, ct);
        }

        public ValueTask<SaveResult> InsertAsync(StudySession session, CancellationToken ct = default) => inner.InsertAsync(session, ct);
        public ValueTask<Page<StudySession>> ListAsync(SessionQuery query, PageRequest page, CancellationToken ct = default) => inner.ListAsync(query, page, ct);
        public ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default) => inner.DeleteByUserAsync(userId, ct);
    }

    /// <summary>Refuses every save, as if another writer always won.</summary>
    private sealed class AlwaysConflicting(InMemorySessionRepository inner) : ISessionRepository
    {
        public int Saves;
        public ValueTask<StudySession?> GetAsync(string id, CancellationToken ct = default) => inner.GetAsync(id, ct);
        public ValueTask<SaveResult> SaveAsync(StudySession session, long expectedVersion, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Saves);
            return ValueTask.FromResult(SaveResult.ConcurrencyConflict);
        }
        public ValueTask<SaveResult> InsertAsync(StudySession session, CancellationToken ct = default) => inner.InsertAsync(session, ct);
        public ValueTask<Page<StudySession>> ListAsync(SessionQuery query, PageRequest page, CancellationToken ct = default) => inner.ListAsync(query, page, ct);
        public ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default) => inner.DeleteByUserAsync(userId, ct);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task Two_racing_answers_to_one_presentation_exactly_one_counts(bool correct, bool namePresentation)
    {
        RacingRepository racing = null!;
        var f = new ServiceFixture(sessions: m => racing = new RacingRepository(m));
        var v = await f.StartAsync(size: 6);
        var q = v.Current!.Question;
        IReadOnlyList<string> chosen = correct ? q.CorrectChoiceIds : [q.Choices.First(c => !q.CorrectChoiceIds.Contains(c.Id)).Id];
        var cmd = new AnswerCommand(v.Session.Id, ServiceFixture.User, q.Id, chosen, namePresentation ? v.Current.Number : null);
        racing.Armed = true;
        var results = await Task.WhenAll(
            Task.Run(() => f.Service.AnswerAsync(cmd)),
            Task.Run(() => f.Service.AnswerAsync(cmd)));

        var s = (await f.Sessions.GetAsync(v.Session.Id))!;
        if (correct || namePresentation)
        {
            Assert.Single(results, r => r.IsSuccess);
            Assert.Equal(ErrorCodes.StaleAnswer, Assert.Single(results, r => !r.IsSuccess).Error!.Code);
            Assert.Single(s.Trail);
            Assert.Single(f.Answers.All);
            Assert.Equal(2, s.Version);
        }
        else
        {
            // A wrong answer re-asks the same question: without the presentation number the loser's retry answers the
            // re-ask, as a new, second answer. Both are counted once each, never twice for one presentation.
            Assert.All(results, r => Assert.True(r.IsSuccess));
            Assert.Equal([1, 2], s.Trail.Select(t => t.Presentation.Number));
            Assert.Equal(3, s.Version);
        }
        Assert.True(f.Memory.Conflicts >= 1);
    }

    [Fact]
    public async Task Persistent_conflicts_are_reported_as_conflict_after_a_few_attempts()
    {
        AlwaysConflicting conflicting = null!;
        var f = new ServiceFixture(sessions: m => conflicting = new AlwaysConflicting(m));
        var v = await f.StartAsync();
        var r = await f.AnswerAsync(v, true);
        Assert.Equal(ErrorCodes.Conflict, r.Error!.Code);
        Assert.Equal(3, conflicting.Saves);
        Assert.Empty(f.Answers.All);
    }
}
