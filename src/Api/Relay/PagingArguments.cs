using StudyGraph.Api.Context;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Relay;

/// <summary>Relay paging arguments, checked: <c>first</c>/<c>after</c> or <c>last</c>/<c>before</c>, default page 10, at most 50.</summary>
/// <param name="Size">The page size.</param>
/// <param name="After">The cursor after which to start, or null.</param>
/// <param name="Before">The cursor before which to end, or null.</param>
/// <param name="FromEnd">True for <c>last</c>: the page ends at the window's end.</param>
public sealed record PagingArguments(int Size, string? After, string? Before, bool FromEnd)
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultSize = 10;

    /// <summary>The largest page.</summary>
    public const int MaxSize = 50;

    /// <summary>Reads <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>; a <c>VALIDATION</c> error names the argument at fault.</summary>
    public static PagingArguments From(ResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw new GraphQLException("Pass either `first` or `last`, not both.", ErrorCodes.Validation);
        var size = first ?? last ?? DefaultSize;
        var name = last is not null ? "last" : "first";
        if (size < 0) throw new GraphQLException($"`{name}` must not be negative (got {size}).", ErrorCodes.Validation);
        if (size > MaxSize) throw new GraphQLException($"`{name}` must be at most {MaxSize} (got {size}).", ErrorCodes.Validation);
        return new PagingArguments(size, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"), last is not null);
    }
}
