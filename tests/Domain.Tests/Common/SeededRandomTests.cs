using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Tests.Common;

public class SeededRandomTests
{
    [Fact]
    public void Same_seed_gives_same_sequence_and_restored_state_continues_it()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        for (var i = 0; i < 100; i++) Assert.Equal(a.NextUInt64(), b.NextUInt64());
        var restored = SeededRandom.FromState(a.State);
        for (var i = 0; i < 100; i++) Assert.Equal(a.NextUInt64(), restored.NextUInt64());
    }

    [Fact]
    public void Different_seeds_give_different_sequences()
    {
        Assert.NotEqual(new SeededRandom(1).NextUInt64(), new SeededRandom(2).NextUInt64());
    }

    [Fact]
    public void NextInt_is_roughly_uniform_and_in_range()
    {
        var r = new SeededRandom(7);
        var counts = new int[5];
        for (var i = 0; i < 50_000; i++) counts[r.NextInt(5)]++;
        // expected 10,000 each, sd = sqrt(50000 * 0.2 * 0.8) ~ 89; allow 5 sd
        foreach (var c in counts) Assert.InRange(c, 10_000 - 450, 10_000 + 450);
    }

    [Fact]
    public void NextDouble_stays_in_unit_interval()
    {
        var r = new SeededRandom(9);
        for (var i = 0; i < 10_000; i++) Assert.InRange(r.NextDouble(), 0.0, 0.9999999999);
    }

    [Fact]
    public void Shuffle_is_a_permutation()
    {
        var r = new SeededRandom(3);
        var items = new[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        r.Shuffle<int>(items);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, items.Order().ToArray());
    }
}
