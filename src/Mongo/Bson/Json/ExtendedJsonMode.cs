namespace StudyGraph.Mongo.Bson.Json;

/// <summary>The two Extended JSON v2 output modes.</summary>
public enum ExtendedJsonMode
{
    /// <summary>Type-preserving: every number and date wrapped ($numberInt, $numberDouble, $date.$numberLong, ...).</summary>
    Canonical,
    /// <summary>Readable: finite numbers plain, dates in 1970-9999 as ISO-8601 strings.</summary>
    Relaxed,
}
