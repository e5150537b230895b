namespace Movement.Core.Diagnostics;

/// <summary>
/// One problem found in the input. The message says what is wrong; the hint says, in words a
/// non-developer understands, how to put it right.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string Hint, SourceLocation Location)
{
    public static Diagnostic Error(string code, SourceLocation location, string message, string hint) =>
        new(Severity.Error, code, message, hint, location);

    public static Diagnostic Warning(string code, SourceLocation location, string message, string hint) =>
        new(Severity.Warning, code, message, hint, location);

    /// <summary>The one-line form editors and CI understand, then the hint on its own line.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var head = $"{Location}: {severity} {Code}: {Message}";
        return string.IsNullOrEmpty(Hint) ? head : $"{head}\n  hint: {Hint}";
    }
}
