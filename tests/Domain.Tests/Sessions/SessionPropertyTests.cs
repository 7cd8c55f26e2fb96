using FsCheck;
using FsCheck.Fluent;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using static StudyGraph.Domain.Tests.Sessions.SessionHarness;

namespace StudyGraph.Domain.Tests.Sessions;

/// <summary>Properties that hold for every session, whatever the seed, size, choice count, re-ask probability and answers.</summary>
public class SessionPropertyTests
{
    public sealed record Scenario(ulong Seed, int Size, int Choices, double ReaskProbability, int WrongPercent, ulong AnswerSeed);

    private static readonly Arbitrary<Scenario> Scenarios =
        (from seed in Gen.Choose(0, int.MaxValue)
         from size in Gen.Choose(1, 25)
         from choices in Gen.Choose(2, 6)
         from p in Gen.Elements(0.0, 0.2, 0.5, 1.0)
         from wrong in Gen.Choose(0, 60)
         from answerSeed in Gen.Choose(0, int.MaxValue)
         select new Scenario((ulong)seed, size, choices, p, wrong, (ulong)answerSeed)).ToArbitrary();

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(100);

    /// <summary>Runs a scenario to its end, calling <paramref name="check"/> before the first and after every answer.</summary>
    private static StudySession Run(Scenario sc, Action<StudySession, AnswerOutcome?, Presentation?> check)
    {
        var s = Start(sc.Size, sc.ReaskProbability, sc.Seed, choices: sc.Choices);
        var answers = new SeededRandom(sc.AnswerSeed);
        check(s, null, null);
        for (var step = 0; step < 5_000 && s.Status == SessionStatus.Active; step++)
        {
            var before = s.Current;
            var o = s.AnswerCurrent(answers.NextInt(100) >= sc.WrongPercent);
            check(s, o, before);
        }
        return s;
    }

    [Fact]
    public void Cleared_plus_wrong_pool_plus_fresh_always_accounts_for_the_planned_set()
    {
        Check.One(Runs, Prop.ForAll(Scenarios, sc =>
        {
            var s = Run(sc, (x, _, _) => AssertAccounted(x));
            Assert.Equal(SessionStatus.Completed, s.Status);
            Assert.Equal(sc.Size, s.States.Count(q => q.Cleared));
        }));
    }

    [Fact]
    public void Pool_entries_always_need_one_or_two_tries()
    {
        Check.One(Runs, Prop.ForAll(Scenarios, sc =>
        {
            Run(sc, (x, _, _) => Assert.All(x.WrongPool, e => Assert.InRange(e.RemainingTries, 1, 2)));
        }));
    }

    [Fact]
    public void A_reask_always_changes_the_choice_order_when_there_are_two_or_more_choices()
    {
        Check.One(Runs, Prop.ForAll(Scenarios, sc =>
        {
            var reasks = 0;
            Run(sc, (x, o, before) =>
            {
                if (o is null || o.Entry.NextAction != NextAction.RetrySameQuestion) return;
                reasks++;
                Assert.Equal(before!.QuestionId, x.Current!.QuestionId);
                Assert.Equal(AttemptKind.ImmediateRetry, x.Current.Kind);
                Assert.False(ChoiceShuffler.SameOrder(before.ChoiceOrder, x.Current.ChoiceOrder));
                Assert.Equal(before.ChoiceOrder.Order(), x.Current.ChoiceOrder.Order());
            });
            return reasks >= 0;
        }));
    }

    [Fact]
    public void The_same_seed_replays_the_same_session()
    {
        Check.One(Runs, Prop.ForAll(Scenarios, sc =>
        {
            var a = Run(sc, (_, _, _) => { });
            var b = Run(sc, (_, _, _) => { });
            Assert.Equal(SessionJson.Serialize(a), SessionJson.Serialize(b));
            Assert.Equal(a.Trail.Select(t => (t.QuestionId, t.Kind, string.Join(",", t.Presentation.ChoiceOrder))),
                         b.Trail.Select(t => (t.QuestionId, t.Kind, string.Join(",", t.Presentation.ChoiceOrder))));
        }));
    }

    [Fact]
    public void A_session_round_trips_through_its_json_document_at_every_step()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(Scenarios, sc =>
        {
            // Continuing from a reloaded copy must give exactly the same session as continuing in memory.
            var s = Start(sc.Size, sc.ReaskProbability, sc.Seed, choices: sc.Choices);
            var answers = new SeededRandom(sc.AnswerSeed);
            for (var step = 0; step < 400 && s.Status == SessionStatus.Active; step++)
            {
                var json = SessionJson.Serialize(s);
                var copy = SessionJson.Deserialize(json);
                Assert.Equal(json, SessionJson.Serialize(copy));
                var right = answers.NextInt(100) >= sc.WrongPercent;
                var at = T0.AddSeconds(step + 1);
                s.AnswerCurrent(right, at);
                copy.AnswerCurrent(right, at);
                Assert.Equal(SessionJson.Serialize(s), SessionJson.Serialize(copy));
            }
        }));
    }
}
