using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Schema;

/// <summary>Builds the executable schema: schema.graphql plus every <see cref="IResolverModule"/>, strictly bound.</summary>
public static class StudyGraphSchema
{
    /// <summary>
    /// Loads <paramref name="sdl"/> and binds all modules. Throws <see cref="SchemaValidationException"/> listing every
    /// field without a resolver and every binding that names no field, so the server refuses to start.
    /// </summary>
    public static GraphQLSchema Build(string sdl) => Builder(sdl).Build();

    private static SchemaBuilder Builder(string sdl)
    {
        var builder = SchemaBuilder.FromSdl(sdl).RequireExplicitResolvers();
        foreach (var module in Modules()) module.Register(builder);
        return builder;
    }

    /// <summary>The resolver modules of the API assembly, in name order.</summary>
    public static IReadOnlyList<IResolverModule> Modules()
    {
        var modules = new List<IResolverModule>();
        foreach (var type in typeof(StudyGraphSchema).Assembly.GetTypes())
        {
            if (type.IsAbstract || type.IsInterface || !typeof(IResolverModule).IsAssignableFrom(type)) continue;
            if (type.GetConstructor(Type.EmptyTypes) is null) continue;
            modules.Add((IResolverModule)Activator.CreateInstance(type)!);
        }
        modules.Sort((a, b) => string.CompareOrdinal(a.GetType().FullName, b.GetType().FullName));
        return modules;
    }
}
