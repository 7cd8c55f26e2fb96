using System.Text.RegularExpressions;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Schema;

/// <summary>Builds the executable schema: schema.graphql plus every <see cref="IResolverModule"/>, strictly bound.</summary>
public static partial class StudyGraphSchema
{
    /// <summary>
    /// Loads <paramref name="sdl"/> and binds all modules. Throws <see cref="SchemaValidationException"/> listing every
    /// field without a resolver and every binding that names no field, so the server refuses to start.
    /// <paramref name="allowUnbound"/> (development only, <c>GraphQL:AllowUnboundFields</c>) binds missing fields to a
    /// <c>NOT_IMPLEMENTED</c> error instead.
    /// </summary>
    public static GraphQLSchema Build(string sdl, bool allowUnbound = false)
    {
        try
        {
            return Builder(sdl).Build();
        }
        catch (SchemaValidationException e) when (allowUnbound)
        {
            var builder = Builder(sdl);
            foreach (Match m in Unbound().Matches(e.Message))
            {
                var (type, field) = (m.Groups[1].Value, m.Groups[2].Value);
                builder.Bind(type, field, _ => throw new GraphQLException($"{type}.{field} is not implemented yet.", "NOT_IMPLEMENTED"));
            }
            return builder.Build();
        }
    }

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

    [GeneratedRegex("Field \"(\\w+)\\.(\\w+)\" has no resolver")]
    private static partial Regex Unbound();
}
