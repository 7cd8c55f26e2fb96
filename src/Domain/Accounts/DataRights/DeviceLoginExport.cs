namespace StudyGraph.Domain.Accounts;

/// <summary>One device login (refresh chain) in an export; token hashes are not included.</summary>
/// <param name="FamilyId">Chain id.</param>
/// <param name="SignedInAt">When the chain started.</param>
/// <param name="LastRefreshedAt">When its newest link was issued.</param>
/// <param name="ExpiresAt">When its newest link expires.</param>
/// <param name="Active">Whether the chain can still refresh.</param>
public sealed record DeviceLoginExport(string FamilyId, DateTimeOffset SignedInAt, DateTimeOffset LastRefreshedAt, DateTimeOffset ExpiresAt, bool Active);
