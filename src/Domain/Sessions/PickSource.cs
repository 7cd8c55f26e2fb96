namespace StudyGraph.Domain.Sessions;

/// <summary>The pool a next question is taken from.</summary>
public enum PickSource
{
    /// <summary>Both pools are empty.</summary>
    None,

    /// <summary>The fresh pool (uniformly at random).</summary>
    Fresh,

    /// <summary>The wrong pool (its oldest eligible entry).</summary>
    Pool,
}
