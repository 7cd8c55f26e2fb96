namespace StudyGraph.Storage.Tests.Mongo.Support;

/// <summary>
/// Marks a test class whose tests (inherited ones included) run only when <see cref="Variable"/> is set; otherwise
/// <see cref="EnvironmentGatedTestFramework"/> reports each of them as skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;

    public string Reason { get; } = reason;
}
