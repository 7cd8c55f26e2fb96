namespace StudyGraph.GraphQL.Utilities;

/// <summary>Options of <see cref="SchemaBuilder"/>.</summary>
public sealed record SchemaBuildOptions
{
    /// <summary>
    /// When true, <see cref="SchemaBuilder.Build"/> fails unless every object field has a resolver bound with
    /// <c>Bind</c>, or its type is bound with <c>BindType</c> to a CLR type with a member of the field's name.
    /// Default false: unbound fields use the default resolver (a property, field or dictionary key of the same name).
    /// </summary>
    public bool RequireExplicitResolvers { get; init; }
}
