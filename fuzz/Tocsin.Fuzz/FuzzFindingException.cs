namespace Tocsin.Fuzz;

/// <summary>Thrown by a harness when the code under test returned normally but broke a property it promises
/// (for instance two reading paths that disagree): to the fuzzer it is a crash like any other exception.</summary>
public sealed class FuzzFindingException : Exception
{
    /// <summary>A finding described by <paramref name="message"/>.</summary>
    public FuzzFindingException(string message)
        : base(message)
    {
    }

    /// <summary>Required by CA1032; a finding always says what broke.</summary>
    public FuzzFindingException()
        : base("A fuzzing property was broken.")
    {
    }

    /// <summary>Required by CA1032.</summary>
    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
