using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions.Draw;

/// <summary>Splits a whole number among parties by weight with capacities (largest remainder, random tie-break, overflow redistributed).</summary>
public static class Apportionment
{
    /// <summary>
    /// Seats per party: proportional to <paramref name="weights"/>, never above <paramref name="capacities"/>, summing to
    /// min(<paramref name="total"/>, sum of capacities). Parties with zero weight get seats only when the others are full.
    /// </summary>
    public static int[] Split(int total, IReadOnlyList<double> weights, IReadOnlyList<int> capacities, SeededRandom random)
    {
        var n = weights.Count;
        var seats = new int[n];
        var capacity = 0L;
        for (var i = 0; i < n; i++) capacity += Math.Max(0, capacities[i]);
        var remaining = (int)Math.Min(total, capacity);
        var tieBreak = new double[n];
        for (var i = 0; i < n; i++) tieBreak[i] = random.NextDouble();
        var useWeights = true;
        while (remaining > 0)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (seats[i] < capacities[i]) sum += Weight(i);
            }
            if (sum <= 0)
            {
                if (!useWeights) break;
                useWeights = false; // only zero-weight parties have room: share equally among them
                continue;
            }
            var given = 0;
            var fractions = new List<(int Index, double Fraction)>();
            for (var i = 0; i < n; i++)
            {
                if (seats[i] >= capacities[i] || Weight(i) <= 0) continue;
                var exact = remaining * Weight(i) / sum;
                var whole = (int)Math.Min(Math.Floor(exact), capacities[i] - seats[i]);
                seats[i] += whole;
                given += whole;
                if (seats[i] < capacities[i]) fractions.Add((i, exact - Math.Floor(exact)));
            }
            remaining -= given;
            fractions.Sort((a, b) => a.Fraction != b.Fraction ? b.Fraction.CompareTo(a.Fraction) : tieBreak[a.Index].CompareTo(tieBreak[b.Index]));
            foreach (var (index, _) in fractions)
            {
                if (remaining == 0) break;
                seats[index]++;
                remaining--;
                given++;
            }
            if (given == 0) break;
        }
        return seats;

        double Weight(int i) => useWeights ? Math.Max(0, weights[i]) : 1.0;
    }
}
