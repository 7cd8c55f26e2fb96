using System.Globalization;
using System.Text.Json;

namespace StudyGraph.Domain.Catalog.Import;

public static partial class BankValidator
{
    /// <summary>Reads the document, collecting problems; values it cannot read become null.</summary>
    private sealed partial class Walker
    {
        private readonly List<BankProblem> _problems = [];
        private bool _truncated;

        public List<BankProblem> Problems => _problems;

        public void Report(string path, string rule, string message)
        {
            if (_truncated) return;
            if (_problems.Count >= MaxProblems)
            {
                _problems.Add(new BankProblem(path, BankRules.TooManyProblems, $"More than {MaxProblems} problems; the rest are not listed."));
                _truncated = true;
                return;
            }
            _problems.Add(new BankProblem(path, rule, message));
        }

        public static string Child(string path, string name) => path + "." + name;

        public static string Index(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>The object property <paramref name="name"/>, reporting when it is missing (and required).</summary>
        public JsonElement? Property(JsonElement obj, string name, string path, bool required = true)
        {
            if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null) return v;
            if (required) Report(Child(path, name), BankRules.Required, $"'{name}' is required.");
            return null;
        }

        public bool ExpectObject(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Object) return true;
            Report(path, BankRules.Type, $"Expected an object, found {Describe(e)}.");
            return false;
        }

        public bool ExpectArray(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Array) return true;
            Report(path, BankRules.Type, $"Expected an array, found {Describe(e)}.");
            return false;
        }

        /// <summary>A string property; reports a wrong type, and an empty or blank value when <paramref name="nonEmpty"/>.</summary>
        public string? String(JsonElement obj, string name, string path, bool nonEmpty = true, bool required = true)
        {
            var p = Property(obj, name, path, required);
            return p is null ? null : StringValue(p.Value, Child(path, name), nonEmpty);
        }

        public string? StringValue(JsonElement e, string path, bool nonEmpty = true)
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                Report(path, BankRules.Type, $"Expected a string, found {Describe(e)}.");
                return null;
            }
            var s = e.GetString()!;
            if (nonEmpty && string.IsNullOrWhiteSpace(s))
            {
                Report(path, BankRules.EmptyText, "Must not be empty.");
                return null;
            }
            return s;
        }

        /// <summary>A slug id property (<c>[a-z0-9][a-z0-9.-]*</c>).</summary>
        public string? Slug(JsonElement obj, string name, string path)
        {
            var s = String(obj, name, path);
            if (s is null) return null;
            if (!IsSlug(s))
            {
                Report(Child(path, name), BankRules.Slug, $"'{s}' is not a slug: lower-case letters, digits, '.' and '-', starting with a letter or digit.");
                return null;
            }
            return s;
        }

        /// <summary>An integer property.</summary>
        public int? Int(JsonElement obj, string name, string path)
        {
            var p = Property(obj, name, path);
            if (p is null) return null;
            var e = p.Value;
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v)) return v;
            Report(Child(path, name), BankRules.Type, $"Expected an integer, found {Describe(e)}.");
            return null;
        }

        /// <summary>An array of strings; null entries in the result mark unreadable items.</summary>
        public List<string?>? StringArray(JsonElement obj, string name, string path, bool required = true, bool nonEmptyItems = true)
        {
            var p = Property(obj, name, path, required);
            if (p is null) return null;
            var arrPath = Child(path, name);
            if (!ExpectArray(p.Value, arrPath)) return null;
            var list = new List<string?>(p.Value.GetArrayLength());
            var i = 0;
            foreach (var item in p.Value.EnumerateArray())
            {
                list.Add(StringValue(item, Index(arrPath, i), nonEmptyItems));
                i++;
            }
            return list;
        }

        public static bool IsSlug(string s)
        {
            if (s.Length == 0 || !IsLowerAlnum(s[0])) return false;
            foreach (var c in s)
            {
                if (!IsLowerAlnum(c) && c != '.' && c != '-') return false;
            }
            return true;
        }

        private static bool IsLowerAlnum(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

        private static string Describe(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "the number " + e.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
    }
}
