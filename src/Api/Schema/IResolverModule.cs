using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Schema;

/// <summary>
/// One area's resolvers (catalog, sessions, accounts, ...). Every non-abstract implementation in the API assembly is
/// found and applied by <see cref="StudyGraphSchema"/>; strict binding then refuses a field nobody bound.
/// </summary>
public interface IResolverModule
{
    /// <summary>Binds this area's fields, types and enums.</summary>
    void Register(SchemaBuilder schema);
}
