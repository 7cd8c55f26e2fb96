using System.Globalization;

namespace StudyGraph.GraphQL.Utilities;

/// <summary>JavaScript's number formatting and string-to-number conversion, so messages and output match graphql-js.</summary>
public static class JsNumber
{
    /// <summary>Formats <paramref name="value"/> as JavaScript's <c>String(number)</c> does (<c>1</c>, <c>0.1</c>, <c>1e+21</c>, <c>1.5e-7</c>).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";
        var negative = value < 0;
        // "E16" is not shortest; "R" is the shortest round-trip form on .NET Core 3.0+.
        var r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        var mantissa = r;
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }
        var dot = mantissa.IndexOf('.');
        string digits;
        int pointPos; // digits before the decimal point
        if (dot >= 0)
        {
            digits = mantissa.Remove(dot, 1);
            pointPos = dot;
        }
        else
        {
            digits = mantissa;
            pointPos = mantissa.Length;
        }
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return "0";
        var n = pointPos + exp; // value = 0.digits * 10^n
        var k = digits.Length;
        string s;
        if (k <= n && n <= 21) s = digits + new string('0', n - k);
        else if (0 < n && n <= 21) s = digits[..n] + "." + digits[n..];
        else if (-6 < n && n <= 0) s = "0." + new string('0', -n) + digits;
        else
        {
            var e1 = n - 1;
            var sign = e1 < 0 ? "-" : "+";
            s = (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + sign + Math.Abs(e1).ToString(CultureInfo.InvariantCulture);
        }
        return negative ? "-" + s : s;
    }

    /// <summary>JavaScript's <c>Number(string)</c>: trims white space, accepts decimal, exponent, <c>0x</c>/<c>0o</c>/<c>0b</c> and <c>Infinity</c>; NaN otherwise.</summary>
    public static double Parse(string text)
    {
        var s = text.Trim();
        if (s.Length == 0) return 0;
        if (s.Length > 2 && s[0] == '0')
        {
            var radix = s[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, 'b' or 'B' => 2, _ => 0 };
            if (radix != 0)
            {
                double acc = 0;
                for (var i = 2; i < s.Length; i++)
                {
                    var d = HexDigit(s[i]);
                    if (d < 0 || d >= radix) return double.NaN;
                    acc = acc * radix + d;
                }
                return acc;
            }
        }
        var body = s;
        var neg = false;
        if (body[0] is '+' or '-') { neg = body[0] == '-'; body = body[1..]; }
        if (body == "Infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var c in body)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')) return double.NaN;
        }
        if (body.Length == 0 || body[0] is 'e' or 'E' or '+' or '-') return double.NaN;
        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
