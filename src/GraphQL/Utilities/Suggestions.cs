namespace StudyGraph.GraphQL.Utilities;

/// <summary>graphql-js's "Did you mean ...?" helpers: <c>suggestionList</c> (lexical distance) and <c>didYouMean</c>.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, nearest first (ties in natural order).</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var byDistance = new Dictionary<string, int>();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var d = Measure(input, inputLower, option, threshold);
            if (d >= 0) byDistance[option] = d;
        }
        var result = new List<string>(byDistance.Keys);
        result.Sort((a, b) =>
        {
            var diff = byDistance[a] - byDistance[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>" Did you mean "A", "B", or "C"?" (with <paramref name="subMessage"/> after "mean"), or "" without suggestions.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0) return "";
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        if (suggestions.Count == 1) return message + Q(suggestions[0]) + "?";
        if (suggestions.Count == 2) return message + Q(suggestions[0]) + " or " + Q(suggestions[1]) + "?";
        var count = Math.Min(MaxSuggestions, suggestions.Count);
        var parts = new List<string>(count - 1);
        for (var i = 0; i < count - 1; i++) parts.Add(Q(suggestions[i]));
        return message + string.Join(", ", parts) + ", or " + Q(suggestions[count - 1]) + "?";
    }

    /// <summary>" Did you mean "A"?" without a sub-message.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    private static string Q(string s) => "\"" + s + "\"";

    private static int Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option) return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower) return 1;
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > threshold) return -1;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var cur = rows[i % 3];
            var smallest = cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, cur[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                if (cell < smallest) smallest = cell;
                cur[j] = cell;
            }
            if (smallest > threshold) return -1;
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : -1;
    }

    /// <summary>graphql-js's <c>naturalCompare</c>: digit runs compare as numbers.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int ac = a[ai], bc = b[bi];
            if (char.IsAsciiDigit((char)ac) && char.IsAsciiDigit((char)bc))
            {
                long an = 0;
                do { ++ai; an = an * 10 + ac - '0'; ac = ai < a.Length ? a[ai] : -1; } while (ac >= '0' && ac <= '9' && an > 0);
                long bn = 0;
                do { ++bi; bn = bn * 10 + bc - '0'; bc = bi < b.Length ? b[bi] : -1; } while (bc >= '0' && bc <= '9' && bn > 0);
                if (an < bn) return -1;
                if (an > bn) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }
}
