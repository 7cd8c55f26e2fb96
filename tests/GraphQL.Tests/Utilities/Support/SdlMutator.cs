using System.Text;
using System.Text.RegularExpressions;

namespace StudyGraph.GraphQL.Tests.Utilities.Support;

/// <summary>
/// Seeded mutations of valid SDL that keep it parseable most of the time but break type-system rules: lines deleted
/// or duplicated, names swapped for other names of the document, non-null markers added or removed, keywords swapped.
/// </summary>
internal static partial class SdlMutator
{
    private static readonly string[] Keywords = ["type", "input", "interface", "enum", "union", "scalar"];

    public static List<string> Mutate(IReadOnlyList<string> sources, int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<string>(count);
        for (var n = 0; n < count; n++)
        {
            var source = sources[random.Next(sources.Count)];
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++) source = MutateOnce(source, random);
            result.Add(source);
        }
        return result;
    }

    private static string MutateOnce(string source, Random random)
    {
        var lines = source.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0:
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            case 1:
                {
                    var i = random.Next(lines.Count);
                    lines.Insert(i, lines[i]);
                    return string.Join('\n', lines);
                }
            case 2:
                {
                    var names = Identifier().Matches(source).Select(m => m.Value).Distinct().ToList();
                    if (names.Count < 2) return source;
                    var from = names[random.Next(names.Count)];
                    var to = random.Next(10) == 0 ? "__" + from : names[random.Next(names.Count)];
                    var occurrences = Regex.Matches(source, @"\b" + Regex.Escape(from) + @"\b").ToList();
                    var pick = occurrences[random.Next(occurrences.Count)];
                    return source[..pick.Index] + to + source[(pick.Index + pick.Length)..];
                }
            case 3:
                {
                    var bangs = Regex.Matches(source, "!").ToList();
                    if (bangs.Count == 0 || random.Next(2) == 0)
                    {
                        var types = Regex.Matches(source, @":\s*\[?[A-Z]\w*").ToList();
                        if (types.Count == 0) return source;
                        var t = types[random.Next(types.Count)];
                        return source[..(t.Index + t.Length)] + "!" + source[(t.Index + t.Length)..];
                    }
                    var b = bangs[random.Next(bangs.Count)];
                    return source[..b.Index] + source[(b.Index + 1)..];
                }
            case 4:
                {
                    var kw = Regex.Matches(source, @"(?m)^(extend )?(type|input|interface|enum|union|scalar)\b").ToList();
                    if (kw.Count == 0) return source;
                    var k = kw[random.Next(kw.Count)].Groups[2];
                    return source[..k.Index] + Keywords[random.Next(Keywords.Length)] + source[(k.Index + k.Length)..];
                }
            default:
                {
                    var sb = new StringBuilder(source);
                    var extra = random.Next(4) switch
                    {
                        0 => "\nextend type Query { extra: Int }",
                        1 => "\nunion Extra = Query | String",
                        2 => "\ninterface Extra { id: ID! }\nextend type Query implements Extra",
                        _ => "\ninput ExtraIn { self: ExtraIn! }",
                    };
                    return sb.Append(extra).ToString();
                }
        }
    }

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifier();
}
