using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Core;

/// <summary>A write command succeeded as a command but some statements failed, or the write concern failed.</summary>
public sealed class MongoWriteException : MongoException
{
    /// <summary>Creates the exception.</summary>
    public MongoWriteException(string commandName, IReadOnlyList<WriteError> writeErrors, WriteConcernError? writeConcernError, BsonDocument reply)
        : base(Describe(commandName, writeErrors, writeConcernError))
    {
        WriteErrors = writeErrors;
        WriteConcernError = writeConcernError;
        Reply = reply;
    }

    /// <summary>The failed statements.</summary>
    public IReadOnlyList<WriteError> WriteErrors { get; }

    /// <summary>The write concern error, if any.</summary>
    public WriteConcernError? WriteConcernError { get; }

    /// <summary>The (last) reply.</summary>
    public BsonDocument Reply { get; }

    /// <summary>The code of the first write error, else of the write concern error.</summary>
    public int Code => WriteErrors.Count > 0 ? WriteErrors[0].Code : WriteConcernError?.Code ?? 0;

    /// <summary>True when a statement failed on a unique index (code 11000).</summary>
    public bool IsDuplicateKey => WriteErrors.Any(e => e.Code == 11000);

    private static string Describe(string name, IReadOnlyList<WriteError> errors, WriteConcernError? wce)
    {
        var first = errors.Count > 0 ? $"{errors.Count} write error(s), first at index {errors[0].Index}: {errors[0].Message} (code {errors[0].Code})" : "";
        var concern = wce is null ? "" : $"write concern error: {wce.Message} (code {wce.Code} {wce.CodeName})";
        return $"Command {name} failed: " + string.Join("; ", new[] { first, concern }.Where(s => s.Length > 0));
    }
}
