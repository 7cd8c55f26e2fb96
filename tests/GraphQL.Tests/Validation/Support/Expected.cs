namespace StudyGraph.GraphQL.Tests.Validation.Support;

/// <summary>An expected validation error: its message and every location (line, column).</summary>
public sealed record Expected(string Message, params (int Line, int Column)[] Locations)
{
    public static implicit operator Expected((string Message, int Line, int Column) e) => new(e.Message, (e.Line, e.Column));

    public override string ToString() => Message + " @ " + string.Join(" ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}
