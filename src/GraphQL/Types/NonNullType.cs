namespace StudyGraph.GraphQL.Types;

/// <summary>A non-null wrapper: <c>OfType!</c>. Its inner type is never itself non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Creates <c>ofType!</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="ofType"/> is already non-null.</exception>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType) throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        OfType = ofType;
    }

    /// <summary>The nullable inner type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override string ToString() => OfType + "!";
}
