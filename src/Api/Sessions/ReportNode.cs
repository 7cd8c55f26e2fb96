using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of <c>SessionReport</c>.</summary>
/// <param name="Report">The Domain report.</param>
/// <param name="Session">The session.</param>
public sealed record ReportNode(SessionReport Report, StudySession Session);
