using System.Collections.Concurrent;

namespace Movement.Core.Diagnostics;

/// <summary>Collects diagnostics from pipelines running in parallel and lists them in a stable order.</summary>
public sealed class DiagnosticBag : IDiagnostics
{
    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();

    public void Report(Diagnostic diagnostic) => _items.TryAdd(diagnostic, 0);

    public bool HasErrors => _items.Keys.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file, line, column and code, so that the same input always prints the same report.</summary>
    public IReadOnlyList<Diagnostic> ToList() =>
        _items.Keys
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
