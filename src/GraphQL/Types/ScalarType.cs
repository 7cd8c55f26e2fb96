using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Types;

/// <summary>A scalar type: a leaf whose values are coerced by its <see cref="Coercer"/>.</summary>
public sealed partial class ScalarType : NamedType
{
    /// <summary>Creates a scalar type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="coercer">The coercion rules; null means pass-through (graphql-js's default for custom scalars).</param>
    /// <param name="specifiedByUrl">The URL of the scalar's specification (<c>@specifiedBy</c>), or null.</param>
    public ScalarType(string name, string? description = null, ScalarCoercer? coercer = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        Coercer = coercer ?? ScalarCoercer.PassThrough;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The coercion rules.</summary>
    public ScalarCoercer Coercer { get; }

    /// <summary>The URL given by <c>@specifiedBy(url:)</c>, or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>Whether this is one of the five scalars the specification defines (String, Int, Float, Boolean, ID).</summary>
    public bool IsSpecified => ReferenceEquals(this, String) || ReferenceEquals(this, Int) || ReferenceEquals(this, Float)
        || ReferenceEquals(this, Boolean) || ReferenceEquals(this, ID);

    /// <summary>Result coercion (see <see cref="ScalarCoercer.Serialize"/>).</summary>
    public CoercionResult Serialize(object? value) => Coercer.Serialize(value);

    /// <summary>Variable input coercion (see <see cref="ScalarCoercer.ParseValue"/>).</summary>
    public CoercionResult ParseValue(object? value) => Coercer.ParseValue(value);

    /// <summary>Literal input coercion (see <see cref="ScalarCoercer.ParseLiteral"/>).</summary>
    public CoercionResult ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        => Coercer.ParseLiteral(literal, variables);

    /// <summary>A copy of this scalar with another description and <c>@specifiedBy</c> URL, keeping the coercion rules.</summary>
    public ScalarType With(string? description, string? specifiedByUrl)
        => new(Name, description, Coercer, specifiedByUrl);
}
