namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>A strict parser for RFC 3339 section 5.6 <c>date-time</c> (offset required, fraction optional).</summary>
internal static class Rfc3339
{
    public static bool TryParse(string s, out DateTimeOffset value)
    {
        value = default;
        // yyyy-MM-ddTHH:mm:ss[.f+](Z|+hh:mm|-hh:mm)
        if (s.Length < 20) return false;
        if (!Digits(s, 0, 4, out var year) || s[4] != '-' || !Digits(s, 5, 2, out var month) || s[7] != '-'
            || !Digits(s, 8, 2, out var day) || s[10] is not ('T' or 't') || !Digits(s, 11, 2, out var hour) || s[13] != ':'
            || !Digits(s, 14, 2, out var minute) || s[16] != ':' || !Digits(s, 17, 2, out var second))
            return false;
        var i = 19;
        long ticks = 0;
        if (s[i] == '.')
        {
            i++;
            var start = i;
            long scale = TimeSpan.TicksPerSecond;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                scale /= 10;
                ticks += (s[i] - '0') * scale; // digits beyond 100 ns add zero
                i++;
            }
            if (i == start) return false;
        }
        if (i >= s.Length) return false;
        TimeSpan offset;
        if (s[i] is 'Z' or 'z')
        {
            offset = TimeSpan.Zero;
            i++;
        }
        else if (s[i] is '+' or '-')
        {
            if (i + 6 != s.Length || !Digits(s, i + 1, 2, out var oh) || s[i + 3] != ':' || !Digits(s, i + 4, 2, out var om)) return false;
            if (oh > 23 || om > 59) return false;
            offset = new TimeSpan(oh, om, 0);
            if (s[i] == '-') offset = -offset;
            i += 6;
        }
        else return false;
        if (i != s.Length) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // the instant falls outside DateTimeOffset's range once the offset is applied
        }
    }

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length) return false;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }
}
