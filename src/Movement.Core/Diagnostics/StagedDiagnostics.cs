namespace Movement.Core.Diagnostics;

/// <summary>Reports into a bag at a fixed stage, for the modules of one build phase.</summary>
public sealed class StagedDiagnostics(DiagnosticBag bag, int stage) : IDiagnostics
{
    public void Report(Diagnostic diagnostic) => bag.Report(diagnostic, stage);

    public bool HasErrors => bag.HasErrors;
}
