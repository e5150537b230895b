namespace Movement.Core.Diagnostics;

/// <summary>Reports each diagnostic to two sinks: the run's own list and a caller's (a live console, say).</summary>
public sealed class TeeDiagnostics(IDiagnostics first, IDiagnostics second) : IDiagnostics
{
    public bool HasErrors => first.HasErrors || second.HasErrors;

    public void Report(Diagnostic diagnostic)
    {
        first.Report(diagnostic);
        second.Report(diagnostic);
    }
}
