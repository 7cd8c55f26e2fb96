namespace StudyGraph.Domain.Accounts;

/// <summary>Everything StudyGraph holds about one user, ready to serialize as JSON.</summary>
/// <param name="FormatVersion">Version of this layout (1).</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Profile">The account.</param>
/// <param name="Devices">Device logins (refresh chains).</param>
/// <param name="Sections">One section per <see cref="IUserDataPort"/> (sessions, answer events, goals, statistics, ...).</param>
public sealed record AccountExport(
    int FormatVersion,
    DateTimeOffset ExportedAt,
    UserProfileExport Profile,
    IReadOnlyList<DeviceLoginExport> Devices,
    IReadOnlyList<UserDataSection> Sections)
{
    /// <summary>The section called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public UserDataSection? Section(string name)
    {
        foreach (var s in Sections)
        {
            if (s.Name == name) return s;
        }
        return null;
    }
}
