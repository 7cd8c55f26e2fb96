namespace StudyGraph.Mongo.Core;

/// <summary>The write concern could not be satisfied.</summary>
/// <param name="Code">The server error code.</param>
/// <param name="CodeName">The code name.</param>
/// <param name="Message">The server message.</param>
public sealed record WriteConcernError(int Code, string CodeName, string Message);
