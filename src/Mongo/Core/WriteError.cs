namespace StudyGraph.Mongo.Core;

/// <summary>One failed statement of a write command.</summary>
/// <param name="Index">The statement's index in the command (after batching, in the caller's numbering).</param>
/// <param name="Code">The server error code (11000 for a duplicate key).</param>
/// <param name="CodeName">The code name, when the server sent one.</param>
/// <param name="Message">The server message.</param>
public sealed record WriteError(int Index, int Code, string CodeName, string Message);
