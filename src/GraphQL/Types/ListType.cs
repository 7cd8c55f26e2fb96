namespace StudyGraph.GraphQL.Types;

/// <summary>A list of another type: <c>[OfType]</c>.</summary>
public sealed class ListType : GraphQLType
{
    /// <summary>Creates <c>[ofType]</c>.</summary>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override string ToString() => "[" + OfType + "]";
}
