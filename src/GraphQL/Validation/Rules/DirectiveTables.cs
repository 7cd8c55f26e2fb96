using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// The directives a document may use: the schema's, overridden by directive definitions in the document itself
/// (graphql-js's rules read both).
/// </summary>
internal static class DirectiveTables
{
    /// <summary>Each directive's locations by name.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Locations(ValidationContext context)
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
