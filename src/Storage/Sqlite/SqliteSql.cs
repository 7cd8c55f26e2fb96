using CultureInfo = System.Globalization.CultureInfo;
using System.Text;
using Microsoft.Data.Sqlite;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Sqlite;

/// <summary>Translates typed filters, orders and cursors into SQL over JSONB documents, values always as parameters.</summary>
internal sealed class SqliteSql
{
    private readonly SqliteCommand _command;
    private int _next;

    public SqliteSql(SqliteCommand command) => _command = command;

    /// <summary>A quoted identifier; collection names are validated identifiers.</summary>
    public static string Identifier(string name)
    {
        FieldPath.Parse(name);
        if (name.Contains('.', StringComparison.Ordinal)) throw new ArgumentException($"'{name}' is not a collection name.");
        return "\"" + name + "\"";
    }

    /// <summary>The expression for a field; the same text the indexes use, so SQLite can use them.</summary>
    public static string Extract(FieldPath path) => "json_extract(doc, '$." + path.Value + "')";

    /// <summary>Binds a value and returns its parameter name.</summary>
    public string Bind(object? value)
    {
        var name = "@p" + _next++.ToString(CultureInfo.InvariantCulture);
        _command.Parameters.AddWithValue(name, value switch
        {
            null => DBNull.Value,
            bool b => b ? 1L : 0L,
            _ => value,
        });
        return name;
    }

    /// <summary>SQL for <paramref name="filter"/> (null: always true).</summary>
    public string Where(DocumentFilter? filter)
    {
        if (filter is null) return "1";
        var sb = new StringBuilder();
        Append(sb, filter);
        return sb.ToString();
    }

    private void Append(StringBuilder sb, DocumentFilter filter)
    {
        switch (filter)
        {
            case AllOf all:
                Join(sb, all.Filters, " AND ", "1");
                break;
            case AnyOf any:
                Join(sb, any.Filters, " OR ", "0");
                break;
            case FieldCondition c:
                sb.Append(Condition(c));
                break;
            default:
                throw new ArgumentException($"Unknown filter {filter.GetType().Name}.");
        }
    }

    private void Join(StringBuilder sb, IReadOnlyList<DocumentFilter> filters, string op, string empty)
    {
        if (filters.Count == 0)
        {
            sb.Append(empty);
            return;
        }
        sb.Append('(');
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0) sb.Append(op);
            Append(sb, filters[i]);
        }
        sb.Append(')');
    }

    private string Condition(FieldCondition c)
    {
        var x = Extract(c.Path);
        switch (c.Operator)
        {
            case FilterOperator.In:
            case FilterOperator.Nin:
            {
                var values = DocumentValues.NormalizeList(c.Value);
                var parts = new List<string>();
                var hasNull = false;
                foreach (var v in values)
                {
                    if (v is null) hasNull = true;
                    else parts.Add(Bind(v));
                }
                var inList = parts.Count == 0 ? "0" : $"{x} IN ({string.Join(", ", parts)})";
                if (hasNull) inList = $"({inList} OR {x} IS NULL)";
                return c.Operator == FilterOperator.In ? inList : $"NOT coalesce({inList}, 0)";
            }
            case FilterOperator.ArrayContains:
            {
                var v = DocumentValues.Normalize(c.Value);
                return $"EXISTS (SELECT 1 FROM json_each(doc, '$.{c.Path.Value}') WHERE value IS {Bind(v)})";
            }
        }
        var value = DocumentValues.Normalize(c.Value);
        if (value is null)
        {
            return c.Operator switch
            {
                FilterOperator.Eq => $"{x} IS NULL",
                FilterOperator.Neq => $"{x} IS NOT NULL",
                _ => throw new ArgumentException($"{c.Operator} cannot compare with null (field '{c.Path}')."),
            };
        }
        var p = Bind(value);
        return c.Operator switch
        {
            FilterOperator.Eq => $"{x} = {p}",
            FilterOperator.Neq => $"({x} IS NULL OR {x} <> {p})",
            FilterOperator.Gt => $"{x} > {p}",
            FilterOperator.Gte => $"{x} >= {p}",
            FilterOperator.Lt => $"{x} < {p}",
            FilterOperator.Lte => $"{x} <= {p}",
            FilterOperator.Contains when value is string => $"instr({x}, {p}) > 0",
            FilterOperator.StartsWith when value is string => $"(typeof({x}) = 'text' AND substr({x}, 1, length({p})) = {p})",
            _ => throw new ArgumentException($"{c.Operator} needs a string value (field '{c.Path}')."),
        };
    }

    /// <summary>
    /// The condition "strictly after <paramref name="values"/>/<paramref name="id"/>" in the given order
    /// (<paramref name="reverse"/> flips every direction, for <c>before</c>). Nulls sort first ascending.
    /// </summary>
    public string After(IReadOnlyList<SortKey> order, object?[] values, string id, bool reverse)
    {
        var ors = new List<string>();
        var prefix = new List<string>();
        for (var i = 0; i <= order.Count; i++)
        {
            string x;
            bool desc;
            object? v;
            if (i < order.Count)
            {
                x = Extract(order[i].Path);
                desc = order[i].Descending ^ reverse;
                v = values[i];
            }
            else
            {
                x = "id";
                desc = reverse;
                v = id;
            }
            string greater;
            if (!desc)
                greater = v is null ? $"{x} IS NOT NULL" : $"{x} > {Bind(v)}";
            else
                greater = v is null ? "0" : $"({x} < {Bind(v)} OR {x} IS NULL)";
            ors.Add(prefix.Count == 0 ? greater : "(" + string.Join(" AND ", prefix) + " AND " + greater + ")");
            if (i < order.Count) prefix.Add($"{x} IS {Bind(v)}");
        }
        return "(" + string.Join(" OR ", ors) + ")";
    }

    /// <summary>ORDER BY text for <paramref name="order"/> plus the id.</summary>
    public static string OrderBy(IReadOnlyList<SortKey> order, bool reverse)
    {
        var parts = new List<string>();
        foreach (var k in order) parts.Add(Extract(k.Path) + ((k.Descending ^ reverse) ? " DESC" : " ASC"));
        parts.Add(reverse ? "id DESC" : "id ASC");
        return string.Join(", ", parts);
    }
}
