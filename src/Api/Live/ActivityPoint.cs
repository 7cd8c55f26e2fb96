namespace StudyGraph.Api.Live;

/// <summary>One minute of an exam's activity.</summary>
/// <param name="Minute">The minute's start (UTC).</param>
/// <param name="Answers">Answers in that minute.</param>
/// <param name="Accuracy">Share of that minute's first-try answers that were right (0 without any).</param>
public sealed record ActivityPoint(DateTimeOffset Minute, int Answers, double Accuracy);
