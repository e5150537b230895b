namespace Movement.Core.Diagnostics;

/// <summary>Where modules report problems. A build goes on after an error so that all are reported in one run.</summary>
public interface IDiagnostics
{
    void Report(Diagnostic diagnostic);

    bool HasErrors { get; }
}
