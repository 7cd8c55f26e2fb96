using System.Runtime.CompilerServices;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// The directives a document may use: the schema's, overridden by directive definitions in the document itself
/// (graphql-js's rules read both).
/// </summary>
internal static class DirectiveTables
{
    // Tables of schemas without document-defined directives are computed once per schema; rules only read them.
    private static readonly ConditionalWeakTable<GraphQLSchema, SchemaTables> Cache = new();

    private sealed class SchemaTables
    {
        public Dictionary<string, IReadOnlyList<string>>? Locations { get; set; }

        public Dictionary<string, List<string>>? ArgumentNames { get; set; }

        public Dictionary<string, bool>? Unique { get; set; }

        public Dictionary<string, List<(string Name, string Type)>>? RequiredArguments { get; set; }
    }

    private static bool DefinesDirectives(ValidationContext context)
    {
        foreach (var def in context.Document.Definitions)
        {
            if (def is DirectiveDefinitionNode) return true;
        }
        return false;
    }

    private static T Cached<T>(ValidationContext context, Func<SchemaTables, T?> get, Action<SchemaTables, T> set, Func<ValidationContext, T> build)
        where T : class
    {
        if (DefinesDirectives(context)) return build(context);
        var tables = Cache.GetValue(context.Schema, _ => new SchemaTables());
        lock (tables)
        {
            var table = get(tables);
            if (table is null)
            {
                table = build(context);
                set(tables, table);
            }
            return table;
        }
    }

    /// <summary>Each directive's locations by name.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Locations(ValidationContext context)
        => Cached(context, t => t.Locations, (t, v) => t.Locations = v, BuildLocations);

    private static Dictionary<string, IReadOnlyList<string>> BuildLocations(ValidationContext context)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var d in context.Schema.Directives)
        {
            var names = new List<string>(d.Locations.Count);
            foreach (var l in d.Locations) names.Add(l.ToName());
            map[d.Name] = names;
        }
        foreach (var def in context.Document.Definitions)
        {
            if (def is not DirectiveDefinitionNode dd) continue;
            var names = new List<string>(dd.Locations.Count);
            foreach (var l in dd.Locations) names.Add(l.Value);
            map[dd.Name.Value] = names;
        }
        return map;
    }

    /// <summary>Each directive's argument names by directive name.</summary>
    public static Dictionary<string, List<string>> ArgumentNames(ValidationContext context)
        => Cached(context, t => t.ArgumentNames, (t, v) => t.ArgumentNames = v, BuildArgumentNames);

    private static Dictionary<string, List<string>> BuildArgumentNames(ValidationContext context)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var d in context.Schema.Directives)
        {
            var names = new List<string>(d.Arguments.Count);
            foreach (var a in d.Arguments) names.Add(a.Name);
            map[d.Name] = names;
        }
        foreach (var def in context.Document.Definitions)
        {
            if (def is not DirectiveDefinitionNode dd) continue;
            var names = new List<string>(dd.Arguments.Count);
            foreach (var a in dd.Arguments) names.Add(a.Name.Value);
            map[dd.Name.Value] = names;
        }
        return map;
    }

    /// <summary>Whether each directive may appear once per location only (not repeatable), by name.</summary>
    public static Dictionary<string, bool> Unique(ValidationContext context)
        => Cached(context, t => t.Unique, (t, v) => t.Unique = v, BuildUnique);

    private static Dictionary<string, bool> BuildUnique(ValidationContext context)
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var d in context.Schema.Directives) map[d.Name] = !d.IsRepeatable;
        foreach (var def in context.Document.Definitions)
        {
            if (def is DirectiveDefinitionNode dd) map[dd.Name.Value] = !dd.Repeatable;
        }
        return map;
    }

    /// <summary>Each directive's required arguments (name and printed type) by directive name.</summary>
    public static Dictionary<string, List<(string Name, string Type)>> RequiredArguments(ValidationContext context)
        => Cached(context, t => t.RequiredArguments, (t, v) => t.RequiredArguments = v, BuildRequiredArguments);

    private static Dictionary<string, List<(string Name, string Type)>> BuildRequiredArguments(ValidationContext context)
    {
        var map = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
        foreach (var d in context.Schema.Directives)
        {
            var required = new List<(string Name, string Type)>();
            foreach (var a in d.Arguments)
            {
                if (a.IsRequired && !required.Exists(r => r.Name == a.Name)) required.Add((a.Name, $"{a.Type}"));
            }
            map[d.Name] = required;
        }
        foreach (var def in context.Document.Definitions)
        {
            if (def is not DirectiveDefinitionNode dd) continue;
            var required = new List<(string Name, string Type)>();
            foreach (var a in dd.Arguments)
            {
                if (a.Type is not NonNullTypeNode || a.DefaultValue is not null) continue;
                var index = required.FindIndex(r => r.Name == a.Name.Value);
                if (index >= 0) required[index] = (a.Name.Value, Printer.Print(a.Type));
                else required.Add((a.Name.Value, Printer.Print(a.Type)));
            }
            map[dd.Name.Value] = required;
        }
        return map;
    }
}
