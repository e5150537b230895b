using System.Collections.Immutable;
using Movement.Core.Documents;

namespace Movement.Core.Pipelines;

/// <summary>
/// Runs a module's work on every document at once, on all cores, and keeps the documents in their input
/// order (a null result drops the document), so output stays the same whatever order the work finished in.
/// The work must depend on its one document only; diagnostics are sorted when they are listed.
/// </summary>
public static class EachDocument
{
    public static ImmutableArray<Document> InParallel(ImmutableArray<Document> inputs, CancellationToken cancellationToken, Func<Document, Document?> work)
    {
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = work(inputs[i]));
        return [.. results.OfType<Document>()];
    }
}
