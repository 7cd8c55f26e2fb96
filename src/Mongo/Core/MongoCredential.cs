namespace StudyGraph.Mongo.Core;

/// <summary>SCRAM credentials.</summary>
/// <param name="Username">The user name (percent-decoded).</param>
/// <param name="Password">The password (percent-decoded).</param>
/// <param name="Source">The authentication database.</param>
/// <param name="Mechanism">"SCRAM-SHA-256", "SCRAM-SHA-1", or null to negotiate (SHA-256 when the server offers it).</param>
public sealed record MongoCredential(string Username, string Password, string Source, string? Mechanism)
{
    /// <summary>Hides the password.</summary>
    public override string ToString() => $"MongoCredential {{ Username = {Username}, Source = {Source}, Mechanism = {Mechanism ?? "negotiated"} }}";
}
